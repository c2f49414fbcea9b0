package com.consumesafe.persistence.testdb;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test's Spring context at the test run's database. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DatabaseCoordinates database = TestDatabase.shared();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + nullToEmpty(database.user()),
                "spring.datasource.password=" + nullToEmpty(database.password()))
                .applyTo(context);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
