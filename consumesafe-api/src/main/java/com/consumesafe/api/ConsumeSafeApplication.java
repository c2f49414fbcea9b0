package com.consumesafe.api;

import com.consumesafe.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Starts ConsumeSafe: the API on server.port, actuator on management.server.port. */
@SpringBootApplication
@Import(PersistenceConfiguration.class)
public class ConsumeSafeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsumeSafeApplication.class, args);
    }
}
