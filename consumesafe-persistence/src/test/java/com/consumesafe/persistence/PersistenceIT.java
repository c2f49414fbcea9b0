package com.consumesafe.persistence;

import com.consumesafe.persistence.testdb.TestDatabaseInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

/** An integration test of this module against the test run's PostgreSQL; each test rolls back, inherited ones too. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Transactional
@ExtendWith(RollbackInheritedTests.class)
public @interface PersistenceIT {
}
