package vn.congso.conversion;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** What can go wrong converting, printing or looking up a document; texts in {@code conversion.properties}. */
public enum ConversionError implements ErrorCode {
    EMPTY_FILE(HttpStatus.BAD_REQUEST),
    FILE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    ENCRYPTED_PDF(HttpStatus.UNPROCESSABLE_ENTITY),
    CORRUPT_FILE(HttpStatus.UNPROCESSABLE_ENTITY),
    NO_PAGES(HttpStatus.UNPROCESSABLE_ENTITY),
    TOO_MANY_PAGES(HttpStatus.UNPROCESSABLE_ENTITY),
    PAGE_TOO_LARGE(HttpStatus.UNPROCESSABLE_ENTITY),
    AGENCY_PROFILE_MISSING(HttpStatus.CONFLICT),
    DOCUMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    ACCESS_CODE_REQUIRED(HttpStatus.FORBIDDEN),
    BATCH_NOT_FOUND(HttpStatus.NOT_FOUND),
    BATCH_EMPTY(HttpStatus.BAD_REQUEST),
    OUTPUT_FILE_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    INVALID_CODE(HttpStatus.BAD_REQUEST),
    CODE_TAKEN(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ConversionError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
