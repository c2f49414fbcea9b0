package com.consumesafe.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page the servlet container forwards to when a failure escaped Spring MVC's handlers (a body whose
 * chunked framing breaks while it is read, an exception in a filter): a problem detail in place of Spring Boot's
 * default JSON, whatever the client accepts. It names no exception: those are in the log.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                && number >= HttpStatus.BAD_REQUEST.value() ? HttpStatus.valueOf(number)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        response.resetBuffer();
        problems.write(response, status, status.getReasonPhrase(), status.is5xxServerError()
                ? "The request failed on the server's side; the failure is in its log."
                : "The request could not be processed as sent (malformed URL, header or body).");
    }
}
