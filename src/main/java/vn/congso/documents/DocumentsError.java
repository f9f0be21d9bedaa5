package vn.congso.documents;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** Failures of document management and exchange; texts under {@code error.documents.*}. */
public enum DocumentsError implements ErrorCode {
    UNKNOWN_REGISTER(HttpStatus.NOT_FOUND),
    INVALID_NUMBER_SYMBOL(HttpStatus.BAD_REQUEST),
    INVALID_AGENCY_IDENTIFIER(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    EDXML_MALFORMED(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_DOCTYPE_FORBIDDEN(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_NOT_EDXML(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_MISSING_ELEMENT(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_INVALID_VALUE(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_UNKNOWN_SENDER(HttpStatus.UNPROCESSABLE_ENTITY),
    EDXML_NOT_FOR_US(HttpStatus.UNPROCESSABLE_ENTITY),
    UNKNOWN_PEER(HttpStatus.UNPROCESSABLE_ENTITY),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    WRONG_STATE(HttpStatus.CONFLICT),
    NOT_YOUR_LEVEL(HttpStatus.FORBIDDEN),
    COMMENT_REQUIRED(HttpStatus.BAD_REQUEST),
    INVALID_FILE(HttpStatus.BAD_REQUEST),
    RENDER_FAILED(HttpStatus.INTERNAL_SERVER_ERROR),
    SIGNATURE_INVALID(HttpStatus.UNPROCESSABLE_ENTITY),
    REQUIRED(HttpStatus.BAD_REQUEST),
    PEER_CERTIFICATE_MISSING(HttpStatus.UNPROCESSABLE_ENTITY),
    REPLACEMENT_TYPE(HttpStatus.UNPROCESSABLE_ENTITY),
    UNKNOWN_DOSSIER(HttpStatus.UNPROCESSABLE_ENTITY),
    DUPLICATE_FILE_CODE(HttpStatus.CONFLICT),
    EMPTY_WORK_FILE(HttpStatus.CONFLICT);

    private final HttpStatus status;

    DocumentsError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
