package vn.congso.portal.content;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** Failures of portal content; texts {@code error.portal.*} in {@code messages/content.properties}. */
enum ContentError implements ErrorCode {
    ARTICLE_NOT_FOUND(HttpStatus.NOT_FOUND),
    CATEGORY_NOT_FOUND(HttpStatus.NOT_FOUND),
    ATTACHMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    PAGE_NOT_FOUND(HttpStatus.NOT_FOUND),
    LINK_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Argument: the fields that are wrong. */
    INVALID_ARTICLE(HttpStatus.BAD_REQUEST),
    /** NĐ42 Đ17: the approver must be someone other than the author of the version. */
    SELF_PUBLISH_FORBIDDEN(HttpStatus.CONFLICT),
    NOTHING_TO_PUBLISH(HttpStatus.CONFLICT),
    /** Argument: the URL. */
    INVALID_LINK(HttpStatus.BAD_REQUEST),
    PDF_FAILED(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ContentError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
