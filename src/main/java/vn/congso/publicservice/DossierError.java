package vn.congso.publicservice;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** What can go wrong with a dossier, as users are told (texts in {@code messages/dossier.properties}). */
public enum DossierError implements ErrorCode {
    /** No dossier with this code (or not the asker's, or a wrong lookup secret). Argument: the code. */
    UNKNOWN_DOSSIER(HttpStatus.NOT_FOUND),
    /** The procedure has no e-form yet. Argument: the procedure code. */
    NO_EFORM(HttpStatus.NOT_FOUND),
    /** Field problems; shown beside the fields. Argument: the number of problems. */
    INVALID_FORM(HttpStatus.BAD_REQUEST),
    /** Someone else acted on the dossier first. Argument: the code. */
    CONCURRENT_CHANGE(HttpStatus.CONFLICT),
    /** The current step is not this person's to act on. Arguments: the step's actor, the action. */
    ROLE_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    /** The action does not fit the dossier's state. Arguments: the action, the state. */
    ACTION_NOT_ALLOWED(HttpStatus.CONFLICT),
    /** The dossier is late: an apology letter with a new appointment must come first. Argument: the code. */
    APOLOGY_REQUIRED(HttpStatus.CONFLICT),
    /** An apology letter only for a late dossier, with a later appointment. */
    APOLOGY_NOT_NEEDED(HttpStatus.BAD_REQUEST),
    /** A refusal needs one of the coded reasons. Argument: the code given. */
    UNKNOWN_REFUSAL_REASON(HttpStatus.BAD_REQUEST),
    /** The supplement request's date must be after today. */
    SUPPLEMENT_DATE_INVALID(HttpStatus.BAD_REQUEST),
    /** The time the supplement request gave has run out. Arguments: the code, the deadline as text. */
    SUPPLEMENT_TOO_LATE(HttpStatus.CONFLICT),
    /** "Not supplemented" only once the supplement request's time has run out unanswered. */
    SUPPLEMENT_STILL_OPEN(HttpStatus.CONFLICT),
    /** A supplement request or refusal must say what and why. */
    REASON_REQUIRED(HttpStatus.BAD_REQUEST),
    /** Attachment type not accepted. Argument: the file name. */
    ATTACHMENT_TYPE(HttpStatus.BAD_REQUEST),
    /** Attachment larger than allowed. Arguments: the file name, the limit in MB. */
    ATTACHMENT_TOO_LARGE(HttpStatus.BAD_REQUEST),
    /** The person a step is given to may not act on it. Arguments: the user name, the step's actor. */
    ASSIGNEE_NOT_ALLOWED(HttpStatus.BAD_REQUEST),
    /** Rated already, or not finished. */
    RATING_NOT_ALLOWED(HttpStatus.CONFLICT),
    /** No result with this code. Argument: the code. */
    UNKNOWN_RESULT(HttpStatus.NOT_FOUND),
    /** The PDF could not be produced. */
    PDF_FAILED(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    DossierError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
