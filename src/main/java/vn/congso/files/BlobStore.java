package vn.congso.files;

import java.io.InputStream;

/**
 * Stores file contents by their SHA-256 and gives them back only while they still match it.
 * <p>Implementations must: stream (never hold a whole file in memory); store identical content once;
 * leave nothing behind when a write fails or exceeds the limit; make a blob visible only once it is
 * complete; and verify the hash while {@link #open} is read. The local implementation writes to
 * {@code <data dir>/blobs/ab/cd/<sha256>}. An S3-compatible store can replace it behind this interface
 * by uploading to a temporary key while hashing, then copying to the hash key (and deleting the
 * temporary one); the {@code files_blob} metadata table stays the same.
 */
public interface BlobStore {

    /** No size limit beyond the disk's. */
    long UNLIMITED = Long.MAX_VALUE;

    /**
     * Stores the stream's content (read to its end, not closed).
     *
     * @param originalName the uploaded file's name, used only in error messages: the same content under
     *                     two names is one blob
     * @throws vn.congso.shared.CongsoException {@link FilesError#STORE_FAILED} when reading or writing fails
     */
    default StoredBlob store(InputStream content, String contentType, String originalName) {
        return store(content, contentType, originalName, UNLIMITED);
    }

    /**
     * Stores the stream's content if it has at most {@code maxBytes} bytes.
     *
     * @throws vn.congso.shared.CongsoException {@link FilesError#BLOB_TOO_LARGE} (nothing stored) when longer
     */
    StoredBlob store(InputStream content, String contentType, String originalName, long maxBytes);

    /**
     * Opens a blob for reading. The stream hashes what it delivers; when the end is reached and the
     * content does not match the address, the last read throws {@link FilesError#BLOB_CORRUPTED}.
     *
     * @throws vn.congso.shared.CongsoException {@link FilesError#BLOB_NOT_FOUND}
     */
    InputStream open(String sha256);

    boolean exists(String sha256);

    /** Size in bytes. @throws vn.congso.shared.CongsoException {@link FilesError#BLOB_NOT_FOUND} */
    long size(String sha256);
}
