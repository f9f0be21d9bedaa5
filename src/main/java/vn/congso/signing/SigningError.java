package vn.congso.signing;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** What can go wrong when signing or validating; texts in {@code messages/signing*.properties}. */
public enum SigningError implements ErrorCode {
    KEYSTORE_UNREADABLE(HttpStatus.INTERNAL_SERVER_ERROR),
    KEYSTORE_WRONG_PASSWORD(HttpStatus.INTERNAL_SERVER_ERROR),
    KEY_NOT_FOUND(HttpStatus.INTERNAL_SERVER_ERROR),
    CERTIFICATE_EXPIRED(HttpStatus.INTERNAL_SERVER_ERROR),
    CERTIFICATE_NOT_YET_VALID(HttpStatus.INTERNAL_SERVER_ERROR),
    TOKEN_UNAVAILABLE(HttpStatus.INTERNAL_SERVER_ERROR),
    TIMESTAMP_SERVICE_REQUIRED(HttpStatus.INTERNAL_SERVER_ERROR),
    UNKNOWN_LEVEL(HttpStatus.INTERNAL_SERVER_ERROR),
    LONG_TERM_NEEDS_CA_CERTIFICATE(HttpStatus.INTERNAL_SERVER_ERROR),
    KEY_GENERATION_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    AGENCY_PROFILE_MISSING(HttpStatus.CONFLICT),
    EMPTY_FILE(HttpStatus.BAD_REQUEST),
    FILE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    NOT_A_PDF(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    ENCRYPTED_PDF(HttpStatus.BAD_REQUEST),
    CORRUPT_PDF(HttpStatus.BAD_REQUEST),
    PAGE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST),
    SIGNING_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    TIMESTAMP_UNAVAILABLE(HttpStatus.BAD_GATEWAY),
    VALIDATION_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    NOT_A_CERTIFICATE(HttpStatus.BAD_REQUEST),
    TRUST_ANCHOR_EXISTS(HttpStatus.CONFLICT),
    TRUST_ANCHOR_NOT_FOUND(HttpStatus.NOT_FOUND),
    UNKNOWN_REPORT(HttpStatus.NOT_FOUND),
    OFFICER_KEY_MISSING(HttpStatus.CONFLICT),
    IMAGE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    IMAGE_NOT_PNG(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    IMAGE_DIMENSIONS(HttpStatus.BAD_REQUEST),
    IMAGE_CORRUPT(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    SigningError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
