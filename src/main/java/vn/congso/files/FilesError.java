package vn.congso.files;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** What can go wrong with stored files; texts in {@code messages/files.properties}. */
public enum FilesError implements ErrorCode {
    /** No blob with this hash. Argument: the hash. */
    BLOB_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The bytes read no longer hash to the blob's address. Arguments: the hash, the hash actually read. */
    BLOB_CORRUPTED(HttpStatus.INTERNAL_SERVER_ERROR),
    /** The content exceeds the limit the caller set. Arguments: original name, limit in bytes. */
    BLOB_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    /** Reading the upload or writing the store failed; nothing was stored. Argument: original name. */
    STORE_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    /** Not a SHA-256 in lowercase hex. Argument: the value given. */
    INVALID_HASH(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    FilesError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
