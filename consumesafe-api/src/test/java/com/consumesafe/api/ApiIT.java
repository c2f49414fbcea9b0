package com.consumesafe.api;

import com.consumesafe.persistence.testdb.TestDatabaseInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The whole application on a real HTTP server (loopback, random ports) against the test run's PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1",
    "management.server.port=0",
    "management.server.address=127.0.0.1",
    "spring.datasource.hikari.maximum-pool-size=4",
    // at most 200 ms, not 5 s as in production: each test context starts with it
    "consumesafe.warm-up.duration=200ms"
})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestCuratorToken.class})
public @interface ApiIT {
}
