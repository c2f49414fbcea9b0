package com.consumesafe.api.curation;

import com.consumesafe.api.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Reads the curators' tokens once at startup and puts the token check in front of the API. */
@Configuration(proxyBeanMethods = false)
class CurationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CurationConfiguration.class);

    @Bean
    CuratorTokens curatorTokens(@Value("${consumesafe.admin-token:}") String configured) {
        CuratorTokens tokens = CuratorTokens.parse(configured);
        if (tokens.isEmpty()) {
            LOG.warn("No curator token configured (CONSUMESAFE_ADMIN_TOKEN): every curation request is refused");
        }
        return tokens;
    }

    @Bean
    FilterRegistrationBean<CuratorAuthentication> curatorAuthentication(CuratorTokens tokens,
                                                                        ProblemWriter problems) {
        FilterRegistrationBean<CuratorAuthentication> registration =
                new FilterRegistrationBean<>(new CuratorAuthentication(tokens, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
