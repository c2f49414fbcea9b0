package com.consumesafe.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text a request carries, logged through the application's own logging configuration (logback-spring.xml, set up
 * by Spring Boot as at startup), cannot start a line that looks like the application's: the plain-text form shows
 * CR and LF escaped, in messages and exception messages; the JSON (ECS) form keeps them inside their field.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogForgeryTest {

    private static final String FORGED = "2026-11-29T00:00:00.000Z ERROR 1 --- [consumesafe-api] FORGED";
    private static final String QUERY = "caf\u00e9\r\n" + FORGED;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Logger log = LoggerFactory.getLogger(LogForgeryTest.class);

    @AfterEach
    void plainAgain() {
        start(new StandardEnvironment());
    }

    @Test
    void the_plain_text_log_shows_line_breaks_from_a_request_escaped(CapturedOutput output) {
        start(new StandardEnvironment());

        log.warn("check refused: q={}", QUERY);
        log.error("check failed", new IllegalStateException("Parameter [q] with value [" + QUERY + "]",
                new IllegalArgumentException("cause " + QUERY)));

        List<String> lines = output.getOut().lines().toList();
        assertThat(lines).noneMatch(line -> line.startsWith("2026-11-29T00:00:00.000Z"));
        assertThat(lines).anyMatch(line -> line.endsWith("check refused: q=caf\u00e9\\r\\n" + FORGED));
        assertThat(lines).anyMatch(line -> line.equals("java.lang.IllegalStateException: Parameter [q] with value"
                + " [caf\u00e9\\r\\n" + FORGED + "]"));
        assertThat(lines).anyMatch(line -> line.equals("Caused by: java.lang.IllegalArgumentException: cause caf\u00e9"
                + "\\r\\n" + FORGED));
        // the stack trace keeps a line per frame
        assertThat(lines).anyMatch(line -> line.startsWith("\tat com.consumesafe.api.logging.LogForgeryTest."));
    }

    @Test
    void the_json_log_of_containers_keeps_line_breaks_inside_the_message(CapturedOutput output) {
        start(new MockEnvironment().withProperty("logging.structured.format.console", "ecs"));

        log.warn("check refused: q={}", QUERY);
        log.error("check failed", new IllegalStateException("value [" + QUERY + "]"));

        List<JsonNode> events = output.getOut().lines().filter(line -> !line.isBlank())
                .map(line -> JSON.readTree(line)).toList();
        assertThat(events).extracting(event -> event.path("message").asString())
                .contains("check refused: q=" + QUERY, "check failed");
        assertThat(events).anyMatch(event -> event.path("error").path("message").asString()
                .equals("value [" + QUERY + "]"));
    }

    // as Spring Boot does at startup: the configuration it finds (logback-spring.xml), with the environment's settings
    private static void start(ConfigurableEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(LogForgeryTest.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
    }
}
