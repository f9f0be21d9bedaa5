package vn.congso.portal.engagement;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import vn.congso.shared.CongsoException;

/**
 * The friendly error page for a failure inside an engagement page (an unknown question, a webhook
 * that does not exist, no speech program): the status the error code names, never a stack trace.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    public static ModelAndView of(CongsoException e, HttpServletResponse response) {
        HttpStatus status = e.code().status();
        response.setStatus(status.value());
        String view = switch (status) {
            case NOT_FOUND, FORBIDDEN, BAD_REQUEST, TOO_MANY_REQUESTS -> "error/" + status.value();
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        return page;
    }
}
