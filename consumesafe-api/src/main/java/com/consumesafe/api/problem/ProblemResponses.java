package com.consumesafe.api.problem;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of a request into a problem detail; Spring MVC's own failures come from the superclass. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    // PostgreSQL's class 22: a value the database cannot hold (a NUL in text, an out-of-range number, ...)
    private static final String DATA_EXCEPTION = "22";
    private static final String FOREIGN_KEY = "23503";

    @ExceptionHandler
    ProblemDetail invalidValue(InvalidValueException e) {
        return invalid(HttpStatus.BAD_REQUEST, new FieldError(e.field(), e.getMessage()));
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
        return handleExceptionInternal(e, invalid(status, new FieldError(e.getParameterName(), "is required")),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String message = "must be " + (e.getRequiredType() == null ? "well-formed"
                : "a valid " + e.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT));
        return handleExceptionInternal(e, invalid(status, new FieldError(field, message)), headers, status, request);
    }

    // a body that is not JSON, or a field of the wrong type ({"brandId":"abc"}): named by its path in the body
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, invalid(status, UnreadableBody.of(e)), headers, status, request);
    }

    @ExceptionHandler
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        String state = e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                ? sql.getSQLState() : "";
        if (state.startsWith(DATA_EXCEPTION)) {
            // the request checks refuse such values first; this keeps a value they missed a 400, not a 409
            return invalid(HttpStatus.BAD_REQUEST, new FieldError(UnreadableBody.BODY,
                    "holds a value the catalog cannot store"));
        }
        boolean missingReference = FOREIGN_KEY.equals(state);
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

    /**
     * The database out of reach: no connection within the pool's wait, a connection lost mid-statement (and the
     * rollback that fails after it), a statement cut by its timeout. A 503 to retry; any other failure of the
     * database is not the client's to retry, and goes on to the error page as a logged 500.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseFailure(Exception e) throws Exception {
        if (!DatabaseOutage.explains(e)) {
            throw e;
        }
        logger.debug("Database unavailable", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The catalog's database cannot be reached just now. Try again in " + RETRY_AFTER_SECONDS + " s.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER,
                RETRY_AFTER_SECONDS).body(problem);
    }

    private static ProblemDetail invalid(HttpStatusCode status, FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.field() + ": " + error.message());
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
