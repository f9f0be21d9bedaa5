package vn.congso.shared.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.congso.shared.CongsoException;

/**
 * Every JSON API error is an RFC 9457 problem document with a Vietnamese {@code detail} (English
 * with {@code ?lang=en} or the language cookie), a stable {@code code} and, for field errors, the
 * list of fields and what is wrong with each.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CongsoException.class)
    ProblemDetail domainFailure(CongsoException e, Locale locale) {
        return problems.problem(e.code().status(), e.code().name(), e.code().messageKey(), e.arguments(), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException e, Locale locale) {
        return problems.problem(HttpStatus.BAD_REQUEST, "WRONG_TYPE", "problem.detail.wrong-parameter-type",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, locale);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e, Locale locale) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList();
        return problems.withFieldErrors(problems.problem(HttpStatus.BAD_REQUEST, "INVALID",
                "problem.detail.invalid", null, locale), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", "problem.detail.unknown-field",
                    new Object[] {unknown.getPropertyName()}, locale(request));
        } else if (cause instanceof MismatchedInputException) {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "WRONG_TYPE", "problem.detail.wrong-field-type",
                    new Object[] {path((JsonMappingException) cause)}, locale(request));
        } else {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED", "problem.detail.malformed", null, locale(request));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message",
                        problems.text(f.getDefaultMessage() == null ? "" : f.getDefaultMessage(), f.getArguments(),
                                locale(request), "problem.detail.invalid")))
                .collect(Collectors.toList());
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "INVALID", "problem.detail.invalid", null, locale(request));
        return ResponseEntity.badRequest().body(problems.withFieldErrors(problem, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "INVALID", "problem.detail.invalid", null, locale(request));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER",
                "problem.detail.missing-parameter", new Object[] {e.getParameterName()}, locale(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problems.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "problem.detail.unsupported-media-type",
                new Object[] {String.valueOf(e.getContentType())}, locale(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(problems.problem(HttpStatus.METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED", "problem.detail.method-not-allowed", new Object[] {e.getMethod()}, locale(request)));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problems.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "TOO_LARGE", "problem.detail.too-large", null, locale(request)));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problems.problem(HttpStatus.NOT_FOUND,
                "NOT_FOUND", "problem.detail.not-found", null, locale(request)));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problem = body instanceof ProblemDetail ? body
                : problems.problem(status, "HTTP_" + status.value(), "problem.detail.default", null, locale(request));
        return new ResponseEntity<>(problem, headers, status);
    }

    private static Locale locale(WebRequest request) {
        return LocaleContextHolder.getLocale();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
