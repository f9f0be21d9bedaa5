package vn.congso.files.local;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.congso.files.FilesError;
import vn.congso.shared.CongsoException;

/**
 * Hashes the bytes as they are read and, at the end of the stream, refuses to report a normal end if
 * they do not hash to the expected address: a reader never takes a changed file for the stored one.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final String expected;
    private final MessageDigest digest;
    private boolean verified;

    VerifyingInputStream(InputStream in, String expected) {
        super(in);
        this.expected = expected;
        this.digest = LocalBlobStore.sha256();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verifyAtEnd();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verifyAtEnd();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    /** Skipped bytes are read and hashed too, or the check at the end would be meaningless. */
    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: re-reading would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void verifyAtEnd() {
        if (verified) {
            return;
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        verified = true;
        if (!actual.equals(expected)) {
            throw new CongsoException(FilesError.BLOB_CORRUPTED, expected, actual);
        }
    }
}
