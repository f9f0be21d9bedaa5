package vn.congso.portal.legal;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** Failures of the legal document register; texts under {@code error.portal.*} in the {@code legal} bundle. */
public enum LegalError implements ErrorCode {
    EMPTY_TEXT(HttpStatus.BAD_REQUEST),
    NOT_TEXT(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TEXT_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    UNREADABLE_FILE(HttpStatus.BAD_REQUEST),
    NO_DOCUMENT_FOUND(HttpStatus.UNPROCESSABLE_ENTITY),
    DUPLICATE_CODE(HttpStatus.CONFLICT),
    PRINT_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    DOCUMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    STATUS_INVALID(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    LegalError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
