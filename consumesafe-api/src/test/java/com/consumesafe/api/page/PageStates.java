package com.consumesafe.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What is kept of each state of the page a test reaches: a screenshot under target/page-screenshots, and an
 * axe-core audit that finds no serious or critical accessibility violation in it.
 */
final class PageStates {

    static final Path SCREENSHOTS = Path.of("target", "page-screenshots");

    private static final String AXE = axeSource();

    // every rule axe-core has (WCAG 2.0-2.2 A and AA, and its best practices); only serious and critical fail
    private static final String AUDIT = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then((result) => done(JSON.stringify(result.violations
                .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
                .map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help,
                  nodes: violation.nodes.map((node) => node.target.join(' ')) })))))
              .catch((error) => done('axe failed: ' + error));
            """;

    private PageStates() {
    }

    /** Keeps a screenshot of the state and checks it with axe-core. */
    static void record(ChromeDriver driver, String state) {
        // the whole page, not only the window: a report's receipt sits below the fold
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(state + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor page = driver;
        page.executeScript(AXE);
        Object violations = page.executeAsyncScript(AUDIT);
        assertThat(violations).as("axe-core: serious or critical violations in state " + state).isEqualTo("[]");
    }

    private static String axeSource() {
        try (InputStream pom = PageStates.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream axe = PageStates.class.getResourceAsStream(path)) {
                return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core's WebJar is missing from the test classpath", e);
        }
    }
}
