package vn.congso.portal.search;

import org.springframework.http.HttpStatus;
import vn.congso.shared.ErrorCode;

/** Why a search was refused. */
enum SearchError implements ErrorCode {
    QUERY_TOO_LONG(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    SearchError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
