package com.consumesafe.api.proxy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads X-Forwarded-For, -Proto and -Port from trusted proxies only, so that everything after it (the rate limiter
 * first) sees the client's address; from anyone else the headers are ignored. No name is ever looked up.
 */
public class ForwardedHeaders extends OncePerRequestFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final String FORWARDED_PORT = "X-Forwarded-Port";

    private final TrustedProxies proxies;

    ForwardedHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.client(request.getRemoteAddr(), values(request, FORWARDED_FOR));
        List<String> protocols = values(request, FORWARDED_PROTO);
        String scheme = protocols.isEmpty() ? request.getScheme() : protocols.getLast().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            scheme = request.getScheme();
        }
        int port = port(values(request, FORWARDED_PORT)).orElse(protocols.isEmpty() ? request.getServerPort()
                : "https".equals(scheme) ? 443 : 80);
        chain.doFilter(new ForwardedRequest(request, client, scheme, port), response);
    }

    // every comma-separated entry of every such header, in order
    private static List<String> values(HttpServletRequest request, String name) {
        List<String> values = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(name))) {
            for (String value : header.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private static Optional<Integer> port(List<String> ports) {
        if (ports.isEmpty() || !ports.getLast().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(ports.getLast());
        return port > 0 && port < 65_536 ? Optional.of(port) : Optional.empty();
    }
}
