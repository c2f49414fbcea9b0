package com.consumesafe.api.ratelimit;

import com.consumesafe.api.problem.ProblemWriter;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the rate limiter first in front of the API, before any other work is done for a request. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestRateLimiter> requestRateLimiter(RateLimitProperties limits, ProblemWriter problems,
            ApplicationAvailability availability) {
        FilterRegistrationBean<RequestRateLimiter> registration = new FilterRegistrationBean<>(new RequestRateLimiter(
                limits, problems, System::nanoTime,
                () -> availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
