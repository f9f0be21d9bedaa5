package vn.congso.files.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.congso.files.BlobStore;
import vn.congso.files.FilesError;
import vn.congso.files.StoredBlob;
import vn.congso.shared.CongsoException;
import vn.congso.shared.CongsoProperties;

/**
 * Blobs as files under {@code <data dir>/blobs/ab/cd/<sha256>}. Content is streamed into a temporary
 * file in the blobs directory (same file system, so the final rename is atomic) while it is hashed;
 * only a complete file is renamed to its address, so readers never see a partial blob and a failed
 * write leaves nothing behind.
 */
@Component
class LocalBlobStore implements BlobStore {

    static final String TEMP_PREFIX = ".incoming-";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final BlobRows rows;

    LocalBlobStore(CongsoProperties properties, BlobRows rows) {
        this.root = properties.resolve("blobs");
        this.rows = rows;
    }

    Path root() {
        return root;
    }

    @Override
    public StoredBlob store(InputStream content, String contentType, String originalName, long maxBytes) {
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, TEMP_PREFIX, ".part");
            MessageDigest digest = sha256();
            long size = copyHashing(content, temp, digest, maxBytes, originalName);
            String hash = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(temp, path(hash));
            temp = null;
            StoredBlob blob = new StoredBlob(hash, size, type);
            rows.recordIfAbsent(blob);
            return rows.find(hash).orElse(blob);
        } catch (IOException e) {
            throw new CongsoException(FilesError.STORE_FAILED, e, String.valueOf(originalName));
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static long copyHashing(InputStream content, Path temp, MessageDigest digest, long maxBytes,
                                    String originalName) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            int n;
            while ((n = content.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw new CongsoException(FilesError.BLOB_TOO_LARGE, String.valueOf(originalName), maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    /**
     * Identical content has an identical address, so when the target exists (stored earlier, or by a
     * concurrent writer a moment ago) this copy is simply dropped.
     */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            Files.delete(temp);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("blob directory " + target.getParent() + " is not on the file system of its temp files", e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        Path path = path(checked(sha256));
        try {
            return new VerifyingInputStream(Files.newInputStream(path), sha256);
        } catch (NoSuchFileException e) {
            throw new CongsoException(FilesError.BLOB_NOT_FOUND, sha256);
        } catch (IOException e) {
            throw new CongsoException(FilesError.BLOB_NOT_FOUND, e, sha256);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return SHA256.matcher(String.valueOf(sha256)).matches() && Files.isRegularFile(path(sha256));
    }

    @Override
    public long size(String sha256) {
        try {
            return Files.size(path(checked(sha256)));
        } catch (IOException e) {
            throw new CongsoException(FilesError.BLOB_NOT_FOUND, sha256);
        }
    }

    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static String checked(String sha256) {
        // the hash becomes a path: anything but 64 hex digits could walk out of the store
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new CongsoException(FilesError.INVALID_HASH, String.valueOf(sha256));
        }
        return sha256;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temp file is harmless: it is never read as a blob
        }
    }
}
