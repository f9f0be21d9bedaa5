package vn.congso.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem documents whose title and detail speak the reader's language (Vietnamese first). */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String code, String detailKey, Object[] arguments, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:congso:problem:" + code));
        problem.setTitle(text("problem.title." + status.value(), null, locale, "problem.title.default"));
        problem.setDetail(text(detailKey, arguments, locale, "problem.detail.default"));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail withFieldErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    public String text(String key, Object[] arguments, Locale locale, String fallbackKey) {
        String fallback = messages.getMessage(fallbackKey, null, fallbackKey, locale);
        return messages.getMessage(key, arguments, fallback, locale);
    }
}
