package com.consumesafe.api.request;

import com.consumesafe.api.problem.FieldError;
import com.consumesafe.api.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, naming the field, what would otherwise fail inside a handler as a 500 or an ERROR in the log: a query
 * parameter that does not decode (broken percent-encoding, invalid UTF-8, a NUL), and a body whose Content-Type is
 * no media type or a wildcard, which names no format to read it in.
 */
public class RequestChecks extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final ProblemWriter problems;
    private final int maxParameters;

    public RequestChecks(ProblemWriter problems, int maxParameters) {
        this.problems = problems;
        this.maxParameters = maxParameters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<FieldError> query = QueryString.firstBroken(request.getQueryString(), maxParameters);
        if (query.isPresent()) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Invalid input", query.get());
            return;
        }
        Optional<FieldError> contentType = unreadableContentType(request);
        if (contentType.isPresent()) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", contentType.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<FieldError> unreadableContentType(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (header == null || !WITH_BODY.contains(request.getMethod())) {
            return Optional.empty();
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            if (!type.isConcrete()) {
                return Optional.of(new FieldError(HttpHeaders.CONTENT_TYPE,
                        "must name the body's format, such as application/json, not a wildcard"));
            }
            return Optional.empty();
        } catch (InvalidMediaTypeException e) {
            return Optional.of(new FieldError(HttpHeaders.CONTENT_TYPE, "must be a media type such as"
                    + " application/json"));
        }
    }
}
