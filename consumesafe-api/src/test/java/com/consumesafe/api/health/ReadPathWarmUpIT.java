package com.consumesafe.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application warms its read path over its own HTTP port before it reports ready. */
@ApiIT
class ReadPathWarmUpIT {

    @Autowired
    private ReadPathWarmUp warmUp;

    @Test
    void checks_were_answered_through_the_read_path_before_the_application_was_ready() {
        assertThat(warmUp.requestsAnswered()).isPositive();
    }
}
