package com.consumesafe.api.page;

import com.consumesafe.api.local.ConsumeSafeWithEmbeddedDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a shopper's first visit (fresh profile: empty HTTP cache, no service worker) on the demo data: the
 * time from navigation to the first verdict drawn, and the bytes transferred, over loopback and with a cheap phone's
 * network and CPU emulated. Run with {@code mvn -Plocal -Dlocal.main.class=com.consumesafe.api.page.PageColdLoad};
 * it prints its figures and stops. Never part of {@code mvn verify}: tests do not time anything.
 */
public final class PageColdLoad {

    private static final Logger LOG = LoggerFactory.getLogger(PageColdLoad.class);
    private static final int RUNS = 5;
    private static final String URL_PATH = "/?q=crunchos";

    private static final String FIGURES = """
            const entries = [...performance.getEntriesByType('navigation'),
              ...performance.getEntriesByType('resource')];
            const page = entries.filter((entry) => !new URL(entry.name).pathname.startsWith('/api/'));
            return [performance.getEntriesByName('consumesafe:verdict')[0].startTime,
              page.reduce((sum, entry) => sum + entry.transferSize, 0),
              page.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
              page.reduce((sum, entry) => sum + entry.decodedBodySize, 0), page.length];
            """;

    private PageColdLoad() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        Browser browser = Browser.find().orElseThrow(() -> new IllegalStateException("No Chromium and chromedriver"));
        try (ConsumeSafeWithEmbeddedDatabase local = ConsumeSafeWithEmbeddedDatabase.start("--server.port=0",
                "--server.address=127.0.0.1", "--management.server.port=0", "--consumesafe.rate-limit.enabled=false")) {
            int port = local.application().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String url = "http://127.0.0.1:" + port + URL_PATH;
            List<String> lines = new ArrayList<>();
            for (boolean phone : new boolean[] {false, true}) {
                List<Double> times = new ArrayList<>();
                List<Object> last = List.of();
                // one run more than measured: the first warms the freshly started server up
                for (int run = -1; run < RUNS; run++) {
                    ChromeDriver driver = browser.start(Browser.freshProfile(Path.of("target", "page-profiles"),
                            "cold"), "en");
                    try {
                        if (phone) {
                            // Chrome DevTools' "Slow 4G" preset and a 4x slower CPU
                            driver.executeCdpCommand("Network.enable", Map.of());
                            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                                    "latency", 150, "downloadThroughput", 1_600_000 / 8, "uploadThroughput",
                                    750_000 / 8));
                            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
                        }
                        driver.get(url);
                        new WebDriverWait(driver, Duration.ofSeconds(60)).until(page -> !page.findElements(
                                By.cssSelector(".answer-card[data-verdict]")).isEmpty());
                        last = (List<Object>) driver.executeScript(FIGURES);
                        if (run >= 0) {
                            times.add(((Number) last.get(0)).doubleValue());
                        }
                    } finally {
                        driver.quit();
                    }
                }
                times.sort(Double::compare);
                lines.add(String.format(Locale.ROOT, "%s: first verdict after %.0f ms (median of %d; min %.0f,"
                        + " max %.0f); page files %s bytes transferred (%s compressed bodies, %s uncompressed,"
                        + " %s requests)",
                        phone ? "Slow 4G + 4x CPU" : "loopback", times.get(RUNS / 2), RUNS, times.getFirst(),
                        times.getLast(), last.get(1), last.get(2), last.get(3), last.get(4)));
            }
            LOG.info("cold load of {} in {}", URL_PATH, browser.binary());
            lines.forEach(LOG::info);
        }
        System.exit(0);
    }
}
