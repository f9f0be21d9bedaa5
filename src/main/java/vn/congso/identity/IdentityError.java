package vn.congso.identity;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** What can go wrong with accounts; texts under {@code error.identity.*} in the identity bundle. */
public enum IdentityError implements ErrorCode {
    REQUIRED(HttpStatus.BAD_REQUEST),
    INVALID_CITIZEN_ID(HttpStatus.BAD_REQUEST),
    INVALID_TAX_CODE(HttpStatus.BAD_REQUEST),
    INVALID_PHONE(HttpStatus.BAD_REQUEST),
    INVALID_EMAIL(HttpStatus.BAD_REQUEST),
    INVALID_USERNAME(HttpStatus.BAD_REQUEST),
    PASSWORD_TOO_SHORT(HttpStatus.BAD_REQUEST),
    PASSWORD_IS_USERNAME(HttpStatus.BAD_REQUEST),
    PASSWORD_TOO_COMMON(HttpStatus.BAD_REQUEST),
    PASSWORDS_DIFFER(HttpStatus.BAD_REQUEST),
    WRONG_CURRENT_PASSWORD(HttpStatus.BAD_REQUEST),
    CONSENT_REQUIRED(HttpStatus.BAD_REQUEST),
    DUPLICATE_USERNAME(HttpStatus.CONFLICT),
    DUPLICATE_CITIZEN_ID(HttpStatus.CONFLICT),
    DUPLICATE_TAX_CODE(HttpStatus.CONFLICT),
    ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND),
    UNKNOWN_DEPARTMENT(HttpStatus.BAD_REQUEST),
    NOT_A_STAFF_ROLE(HttpStatus.BAD_REQUEST),
    CANNOT_REMOVE_OWN_ADMIN(HttpStatus.CONFLICT),
    CANNOT_DISABLE_SELF(HttpStatus.CONFLICT),
    OIDC_REGISTRATION_EXPIRED(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    IdentityError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
