package com.consumesafe.api.proxy;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Reads consumesafe.trusted-proxies once at startup (a bad range stops it) and puts the filter first of all. */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    @Bean
    FilterRegistrationBean<ForwardedHeaders> forwardedHeaders(
            @Value("${consumesafe.trusted-proxies}") List<String> trustedProxies) {
        FilterRegistrationBean<ForwardedHeaders> registration =
                new FilterRegistrationBean<>(new ForwardedHeaders(TrustedProxies.of(trustedProxies)));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
