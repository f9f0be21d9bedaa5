package vn.congso.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import vn.congso.shared.CongsoException;

/**
 * Whatever fails outside a controller (unknown address, refused access, an uncaught exception)
 * ends here: a friendly Vietnamese page, never a stack trace, or a problem document for the API.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final Problems problems;

    ErrorPageController(ErrorAttributes errorAttributes, Problems problems) {
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @PermitAll
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (isApi(request)) {
            return problem(request, locale);
        }
        HttpStatus status = status(request);
        response.setStatus(status.value());
        String view = switch (status) {
            case NOT_FOUND, FORBIDDEN, BAD_REQUEST, PAYLOAD_TOO_LARGE, TOO_MANY_REQUESTS -> "error/" + status.value();
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        return page;
    }

    @PermitAll
    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        ProblemDetail problem = error instanceof CongsoException domain
                ? problems.problem(status, domain.code().name(), domain.code().messageKey(), domain.arguments(), locale)
                : problems.problem(status, "HTTP_" + status.value(), "problem.detail." + status.value(), null, locale);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(java.net.URI.create(path.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private HttpStatus status(HttpServletRequest request) {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (error instanceof CongsoException domain) {
            return domain.code().status();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path != null && path.toString().startsWith(request.getContextPath() + "/api/");
    }

}
