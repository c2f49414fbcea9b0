package com.consumesafe.api.answers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** After a request that may have written (not GET, HEAD or OPTIONS), this replica reads the version at once. */
class CatalogWritesSeen extends OncePerRequestFilter {

    private final CatalogVersionWatch watch;

    CatalogWritesSeen(CatalogVersionWatch watch) {
        this.watch = watch;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            // the write's transaction has committed (or rolled back) by now: a check right after it sees it
            watch.refresh();
        }
    }
}
