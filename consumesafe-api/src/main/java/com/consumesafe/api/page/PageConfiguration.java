package com.consumesafe.api.page;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the page's security headers on every response of the page. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

    @Bean
    FilterRegistrationBean<PageHeaders> pageHeaders() {
        return new FilterRegistrationBean<>(new PageHeaders());
    }
}
