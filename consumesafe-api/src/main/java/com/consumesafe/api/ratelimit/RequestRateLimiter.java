package com.consumesafe.api.ratelimit;

import com.consumesafe.api.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Limits each client address on the public reads and on report submissions; curators' writes are not limited. */
public class RequestRateLimiter extends OncePerRequestFilter {

    private final RateLimitProperties limits;
    private final ProblemWriter problems;
    private final LongSupplier clock;
    private final BooleanSupplier ready;
    private final Map<String, TokenBucket> reads = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> reports = new ConcurrentHashMap<>();

    public RequestRateLimiter(RateLimitProperties limits, ProblemWriter problems, LongSupplier clock) {
        this(limits, problems, clock, () -> true);
    }

    /** A limiter that counts only once {@code ready} says the application takes traffic. */
    public RequestRateLimiter(RateLimitProperties limits, ProblemWriter problems, LongSupplier clock,
            BooleanSupplier ready) {
        this.limits = limits;
        this.problems = problems;
        this.clock = clock;
        this.ready = ready;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // before it is ready nothing is routed to it but its own warm-up, which must not spend loopback's budget
        return !limits.enabled() || !request.getRequestURI().startsWith("/api/v1/")
                || !isReport(request) && !"GET".equals(request.getMethod()) || !ready.getAsBoolean();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean report = isReport(request);
        Map<String, TokenBucket> buckets = report ? reports : reads;
        RateLimitProperties.Limit limit = report ? limits.reports() : limits.read();
        long now = clock.getAsLong();
        String client = request.getRemoteAddr();
        if (!buckets.containsKey(client)) {
            makeRoom(buckets, now);
        }
        Duration wait = buckets
                .computeIfAbsent(client, newcomer -> new TokenBucket(limit.burst(),
                        Duration.ofMinutes(1).dividedBy(limit.requestsPerMinute()), now))
                .take(now);
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "This address sent more requests than allowed; try again in " + seconds + " s.");
    }

    /**
     * Makes room for a new client: forgets the idle clients when the map is full, and everyone when none is idle,
     * so that a flood of new addresses costs one sweep per {@code maxClients} newcomers and memory stays bounded.
     */
    private void makeRoom(Map<String, TokenBucket> buckets, long now) {
        if (buckets.size() < limits.maxClients()) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= limits.maxClients()) {
            buckets.clear();
        }
    }

    private static boolean isReport(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/api/v1/reports".equals(request.getRequestURI());
    }
}
