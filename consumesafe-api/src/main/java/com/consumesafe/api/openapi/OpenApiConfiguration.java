package com.consumesafe.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and version of the published API description. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI consumeSafeOpenApi(@Value("${consumesafe.version:dev}") String version) {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes("curator", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A curator's token, one of those in CONSUMESAFE_ADMIN_TOKEN")))
                .info(new Info()
                .title("ConsumeSafe API")
                .version(version)
                .description("Is this product, or whoever owns it, on a list you care about, why,"
                        + " and what can you buy instead?")
                .license(new License().name("Apache-2.0")));
    }
}
