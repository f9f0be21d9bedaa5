package vn.congso.agency;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** Failures of the agency module; texts {@code error.agency.*} in {@code messages/agency.properties}. */
public enum AgencyError implements ErrorCode {
    DEPARTMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Argument: the fields that are wrong. */
    INVALID_PROFILE(HttpStatus.BAD_REQUEST),
    /** Argument: the code. */
    DEPARTMENT_CODE_TAKEN(HttpStatus.CONFLICT);

    private final HttpStatus status;

    AgencyError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
