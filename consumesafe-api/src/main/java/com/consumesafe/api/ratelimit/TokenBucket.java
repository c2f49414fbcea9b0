package com.consumesafe.api.ratelimit;

import java.time.Duration;

/** A token bucket: {@code capacity} requests at once, refilled at a steady rate. Thread-safe. */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, Duration refillEvery, long now) {
        this.capacity = capacity;
        this.tokensPerNano = 1.0 / refillEvery.toNanos();
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token; returns zero when granted, else how long until one is there. */
    synchronized Duration take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** True when the bucket is full again, so forgetting it changes nothing for its client. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
    }
}
