package vn.congso.publicservice;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** What can go wrong in the public-service module, as users are told. */
public enum PublicServiceError implements ErrorCode {
    /** No procedure with this code in the catalogue. Argument: the code. */
    UNKNOWN_PROCEDURE(HttpStatus.NOT_FOUND),
    /** A filter value that names nothing. Arguments: the filter, the value. */
    UNKNOWN_FILTER_VALUE(HttpStatus.BAD_REQUEST),
    /** The day already has an entry in the calendar. Argument: the date. */
    CALENDAR_DAY_EXISTS(HttpStatus.CONFLICT),
    /** More than 9999 dossiers in a day for one unit: the code has four digits. Argument: the unit. */
    DOSSIER_SEQUENCE_EXHAUSTED(HttpStatus.CONFLICT),
    /** An import file with errors; nothing was imported. Argument: the number of errors. */
    IMPORT_REJECTED(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    PublicServiceError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
