package org.cqfriendship.logistics.support.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * RFC 9457 answers for the JSON API: one {@code errors} entry per bad field, a plain 503 when the
 * store is unreachable (nothing was saved), and 500s that never echo exception text.
 */
/** Only for the JSON API ({@code @RestController}s); pages have their own error pages. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    public ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** One bad field: where it is (as in the request body) and what is wrong, in the caller's language. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(cleanPath(error.getField()), messageOf(error)))
                .toList();
        List<FieldProblem> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem("", messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(concat(errors, global)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, BodySizeLimitFilter.BodyTooLargeException.class)) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    text("problem.tooLarge", "The request body is too large."));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge);
        }
        if (ex.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(List.of(
                    new FieldProblem(fieldPath(databind), unreadableValueMessage(databind)))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text("problem.unreadable", "The request body is not valid JSON."));
        problem.setTitle(text("problem.invalid.title", "Invalid request"));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(FieldProblemException.class)
    ResponseEntity<Object> fieldProblem(FieldProblemException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(
                new FieldProblem(ex.field(), text(ex.messageCode(), ex.messageCode())))));
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ProblemDetail storeUnavailable(DataAccessResourceFailureException ex) {
        log.warn("Store unavailable: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                text("problem.unavailable", "The service cannot reach its store right now. Nothing was saved; please try again shortly."));
        problem.setTitle(text("problem.unavailable.title", "Temporarily unavailable"));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                text("problem.unexpected", "Something went wrong on our side. Please try again; if it persists, quote this reference.")
                        + " " + reference);
        problem.setTitle(text("problem.unexpected.title", "Unexpected error"));
        problem.setProperty("reference", reference);
        return problem;
    }

    private ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text("problem.invalid", "Some fields are not valid; each is listed under errors. Nothing was saved."));
        problem.setTitle(text("problem.invalid.title", "Invalid request"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String messageOf(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String unreadableValueMessage(DatabindException ex) {
        if (ex instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = String.join(", ", Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf).toList());
            return text("problem.enum", "must be one of: {0}", allowed);
        }
        if (ex instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().getName().startsWith("java.time")) {
            return text("problem.datetime", "must be a date and time like 2026-05-20T10:40:00+08:00");
        }
        return text("problem.unreadable.field", "has a value of the wrong kind");
    }

    /** Bean Validation names list elements "<list element>"; callers know the field by its index alone. */
    private static String cleanPath(String field) {
        return field.replaceAll("\\.<[a-z ]+element>", "");
    }

    private static String fieldPath(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String text(String code, String fallback, Object... args) {
        return Objects.requireNonNullElse(messages.getMessage(code, args, fallback, LocaleContextHolder.getLocale()), fallback);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
