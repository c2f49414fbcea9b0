package com.consumesafe.api.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request limits per client address (consumesafe.rate-limit.*).
 *
 * @param enabled    whether any limit applies
 * @param maxClients how many client addresses are tracked at most; beyond that the idle ones are forgotten first
 * @param read       the public read endpoints
 * @param reports    public report submissions
 */
@ConfigurationProperties("consumesafe.rate-limit")
public record RateLimitProperties(boolean enabled, int maxClients, Limit read, Limit reports) {

    /**
     * One limit.
     *
     * @param requestsPerMinute steady rate
     * @param burst             how many requests may come at once
     */
    public record Limit(int requestsPerMinute, int burst) {

        public Limit {
            if (requestsPerMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("rate limits need requests-per-minute and burst of at least 1");
            }
        }
    }
}
