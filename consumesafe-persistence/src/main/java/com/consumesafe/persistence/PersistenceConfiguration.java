package com.consumesafe.persistence;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Everything this module contributes to an application: entities, repositories and port adapters. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceConfiguration.class)
@EntityScan(basePackageClasses = PersistenceConfiguration.class)
@EnableJpaRepositories(basePackageClasses = PersistenceConfiguration.class)
public class PersistenceConfiguration {
}
