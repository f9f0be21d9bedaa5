package vn.congso.portal.legal.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congso.files.BlobStore;
import vn.congso.files.StoredBlob;
import vn.congso.portal.legal.LegalFileStore;

/**
 * Original files in the content-addressed blob store of the {@code files} module (kept once, checked
 * against their SHA-256 when read); {@code portal_legal_file} keeps the name and type under the same
 * key. Files registered before the blob store took over still have their bytes in the row's
 * {@code content} column and are served from there.
 */
@Component
class BlobLegalFileStore implements LegalFileStore {

    /** As for news attachments: a scanned decree with annexes stays well under this. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final BlobStore blobs;

    BlobLegalFileStore(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    @Override
    public String put(String fileName, String mediaType, byte[] content) {
        StoredBlob blob = blobs.store(new ByteArrayInputStream(content), mediaType, fileName, MAX_FILE_BYTES);
        jdbc.sql("""
                insert into portal_legal_file (key, file_name, media_type, size_bytes, sha256)
                values (:key, :name, :type, :size, :sha) on conflict (key) do nothing
                """)
                .param("key", blob.sha256()).param("name", fileName).param("type", mediaType)
                .param("size", blob.size()).param("sha", blob.sha256())
                .update();
        return blob.sha256();
    }

    @Override
    public Optional<StoredFile> get(String key) {
        return jdbc.sql("select key, file_name, media_type, content from portal_legal_file where key = ?")
                .param(key)
                .query((rs, n) -> new StoredFile(rs.getString("key"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .optional()
                .map(f -> f.content() != null ? f : new StoredFile(f.key(), f.fileName(), f.mediaType(), read(f.key())));
    }

    private byte[] read(String sha256) {
        try (InputStream in = blobs.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
