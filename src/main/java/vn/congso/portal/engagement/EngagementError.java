package vn.congso.portal.engagement;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** Failures of Q&amp;A, ratings and channels; texts {@code error.portal.*} in {@code messages/engagement.properties}. */
public enum EngagementError implements ErrorCode {
    /** Argument: the fields that are wrong. */
    QUESTION_INVALID(HttpStatus.BAD_REQUEST),
    QUESTION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Arguments: the current status, the action. */
    QUESTION_WRONG_STATUS(HttpStatus.CONFLICT),
    /** Argument: the fields that are wrong. */
    RATING_INVALID(HttpStatus.BAD_REQUEST),
    RATING_ALREADY_GIVEN(HttpStatus.TOO_MANY_REQUESTS),
    /** Argument: the fields that are wrong. */
    ANNOUNCEMENT_INVALID(HttpStatus.BAD_REQUEST),
    ANNOUNCEMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    SUBSCRIPTION_INVALID(HttpStatus.BAD_REQUEST),
    SUBSCRIPTION_TOKEN_UNKNOWN(HttpStatus.NOT_FOUND),
    WEBHOOK_INVALID(HttpStatus.BAD_REQUEST),
    WEBHOOK_NOT_FOUND(HttpStatus.NOT_FOUND),
    SPEECH_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

    private final HttpStatus status;

    EngagementError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
