package com.consumesafe.api.request;

import com.consumesafe.api.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Puts the request checks in front of the API, NUL-free text into JSON reading, and JSON into every mapping. */
@Configuration(proxyBeanMethods = false)
class RequestCheckConfiguration {

    @Bean
    FilterRegistrationBean<RequestChecks> requestChecks(ProblemWriter problems,
            @Value("${server.tomcat.max-parameter-count:1000}") int maxParameters) {
        FilterRegistrationBean<RequestChecks> registration =
                new FilterRegistrationBean<>(new RequestChecks(problems, maxParameters));
        registration.addUrlPatterns("/api/*");
        // after the rate limiter (a flood of bad requests still counts) and before the curator check
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul());
    }

    @Bean
    WebMvcRegistrations jsonByDefault() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new JsonByDefault();
            }
        };
    }
}
