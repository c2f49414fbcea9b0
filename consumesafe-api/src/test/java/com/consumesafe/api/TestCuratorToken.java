package com.consumesafe.api;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A curator token made up for this test JVM only, configured as CONSUMESAFE_ADMIN_TOKEN would be. */
public class TestCuratorToken implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The label the application records for changes made with {@link #TOKEN}. */
    public static final String LABEL = "test-curator";

    public static final String TOKEN = newToken();

    /** Another well-formed token that no curator holds. */
    public static final String STRANGER = newToken();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("consumesafe.admin-token=" + LABEL + "=" + TOKEN).applyTo(context);
    }

    /** The Authorization header value for {@link #TOKEN}. */
    public static String bearer() {
        return "Bearer " + TOKEN;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
