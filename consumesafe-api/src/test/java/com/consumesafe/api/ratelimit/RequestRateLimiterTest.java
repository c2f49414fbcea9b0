package com.consumesafe.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.problem.ProblemWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class RequestRateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final RequestRateLimiter limiter = new RequestRateLimiter(new RateLimitProperties(true, 2,
            new RateLimitProperties.Limit(1, 1), new RateLimitProperties.Limit(1, 1)),
            new ProblemWriter(JsonMapper.builder().build()), clock::get);

    @Test
    void a_client_past_its_burst_is_refused_with_retry_after() throws Exception {
        assertThat(get("192.0.2.1").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = get("192.0.2.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void a_flood_of_new_addresses_keeps_memory_bounded_by_forgetting_clients() throws Exception {
        get("192.0.2.1");
        get("192.0.2.2");
        assertThat(get("192.0.2.1").getStatus()).isEqualTo(429);

        // a third address finds the table full of busy clients: it is emptied rather than growing
        assertThat(get("192.0.2.3").getStatus()).isEqualTo(200);
        assertThat(get("192.0.2.1").getStatus()).isEqualTo(200);
    }

    @Test
    void nothing_counts_before_the_application_is_ready_so_its_warm_up_spends_no_budget() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        RequestRateLimiter starting = new RequestRateLimiter(new RateLimitProperties(true, 2,
                new RateLimitProperties.Limit(1, 1), new RateLimitProperties.Limit(1, 1)),
                new ProblemWriter(JsonMapper.builder().build()), clock::get, ready::get);

        assertThat(get(starting, "127.0.0.1").getStatus()).isEqualTo(200);
        assertThat(get(starting, "127.0.0.1").getStatus()).isEqualTo(200);
        ready.set(true);
        assertThat(get(starting, "127.0.0.1").getStatus()).isEqualTo(200);
        assertThat(get(starting, "127.0.0.1").getStatus()).isEqualTo(429);
    }

    private MockHttpServletResponse get(String client) throws Exception {
        return get(limiter, client);
    }

    private static MockHttpServletResponse get(RequestRateLimiter limiter, String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/lists");
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
