package com.consumesafe.api.problem;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of a request into a problem detail; Spring MVC's own failures come from the superclass. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidValue(InvalidValueException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getParameterName() + ": is required");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(new FieldError(e.getParameterName(), "is required")));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String message = "must be " + (e.getRequiredType() == null ? "well-formed"
                : "a valid " + e.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @ExceptionHandler
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        boolean missingReference = e.getMostSpecificCause() instanceof SQLException sql
                && "23503".equals(sql.getSQLState());
        ProblemDetail problem = missingReference
                ? ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "It refers to something the catalog does not hold")
                : ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "It conflicts with what is stored,"
                        + " such as an active listing of the same target on the same list");
        problem.setTitle(missingReference ? "Not found" : "Conflict");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
