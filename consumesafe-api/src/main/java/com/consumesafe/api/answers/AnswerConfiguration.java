package com.consumesafe.api.answers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the refresh after writes in front of the API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnswerProperties.class)
class AnswerConfiguration {

    @Bean
    FilterRegistrationBean<CatalogWritesSeen> catalogWritesSeen(CatalogVersionWatch watch) {
        FilterRegistrationBean<CatalogWritesSeen> registration =
                new FilterRegistrationBean<>(new CatalogWritesSeen(watch));
        registration.addUrlPatterns("/api/*");
        // around everything but the proxy headers: it refreshes once the write's transaction is done
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
