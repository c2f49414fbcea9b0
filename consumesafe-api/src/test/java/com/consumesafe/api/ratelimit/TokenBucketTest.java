package com.consumesafe.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void grants_a_burst_then_one_request_per_refill_period() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(10), 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(bucket.take(4 * SECOND)).isEqualTo(Duration.ofSeconds(6));
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(10 * SECOND)).isPositive();
    }

    @Test
    void is_full_again_after_a_quiet_while_and_never_holds_more_than_its_capacity() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(10), 0);
        bucket.take(0);

        assertThat(bucket.isFull(5 * SECOND)).isFalse();
        assertThat(bucket.isFull(3600 * SECOND)).isTrue();
        bucket.take(3600 * SECOND);
        bucket.take(3600 * SECOND);
        assertThat(bucket.take(3600 * SECOND)).isPositive();
    }
}
