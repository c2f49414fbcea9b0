package com.consumesafe.api.imports;

import com.consumesafe.domain.imports.ImportRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for refused imports: every bad row with its column (422), a file beyond the limits (413), or a
 * clash with a concurrent change (409, to retry).
 */
@RestControllerAdvice
class ImportProblems {

    @ExceptionHandler
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()
                + ". Rows are CSV records: 0 is the header, 1 the first data record.");
        problem.setTitle("Import refused");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ImportTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Import too large");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(ImportConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Import conflict");
        // the other change is committed by the time this answer leaves: a retry a second later matches it
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
