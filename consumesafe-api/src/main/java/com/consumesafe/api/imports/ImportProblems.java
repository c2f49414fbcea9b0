package com.consumesafe.api.imports;

import com.consumesafe.domain.imports.ImportRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for refused imports: every bad row with its column (422), or a file beyond the limits (413). */
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
}
