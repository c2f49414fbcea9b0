package com.consumesafe.api.curation;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a write through only with a curator's bearer token and tells the handler who it was (request attribute
 * {@link #CURATOR}). Reads, and the public report submission, need no token.
 */
public class CuratorAuthentication extends OncePerRequestFilter {

    /** The request attribute holding the label of the authenticated curator. */
    public static final String CURATOR = "consumesafe.curator";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    private final CuratorTokens tokens;
    private final ProblemWriter problems;

    public CuratorAuthentication(CuratorTokens tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean curationRead = path.startsWith("/api/v1/curation/");
        boolean publicWrite = "POST".equals(request.getMethod()) && "/api/v1/reports".equals(path);
        return !path.startsWith("/api/v1/") || publicWrite || READS.contains(request.getMethod()) && !curationRead;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> curator = presentedToken(request).flatMap(tokens::curatorHolding);
        if (curator.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"consumesafe-curation\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "Curation needs a curator's token: Authorization: Bearer <token>.");
            return;
        }
        request.setAttribute(CURATOR, curator.get());
        chain.doFilter(request, response);
    }

    private static Optional<String> presentedToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
