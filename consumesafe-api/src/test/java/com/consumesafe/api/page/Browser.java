package com.consumesafe.api.page;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium or Chrome and its chromedriver (never a download): CHROME_BIN and CHROMEDRIVER when
 * set, else the usual places (Debian's chromium and chromium-driver packages, GitHub runners' Chrome). Without them
 * the browser tests skip with a message, unless CONSUMESAFE_BROWSER_TESTS=required, as CI sets it: then they fail.
 */
record Browser(Path binary, Path driver) {

    static final String REQUIRED = "CONSUMESAFE_BROWSER_TESTS";

    private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** The browser, or the test is skipped (or failed, when CI requires the browser tests). */
    static Browser required() {
        Optional<Browser> browser = find();
        if (browser.isEmpty()) {
            String message = "No Chromium/Chrome with a chromedriver was found (set CHROME_BIN and CHROMEDRIVER, or"
                    + " apt-get install chromium chromium-driver): the page's browser tests did not run.";
            if ("required".equalsIgnoreCase(System.getenv(REQUIRED))) {
                fail(message + " " + REQUIRED + "=required makes that a failure.");
            }
            Assumptions.abort(message);
        }
        return browser.orElseThrow();
    }

    static Optional<Browser> find() {
        List<String> binaries = new ArrayList<>();
        List<String> drivers = new ArrayList<>();
        Optional.ofNullable(System.getenv("CHROME_BIN")).ifPresent(binaries::add);
        Optional.ofNullable(System.getenv("CHROMEDRIVER")).ifPresent(drivers::add);
        // GitHub's Ubuntu runners name the directory of their chromedriver in CHROMEWEBDRIVER
        Optional.ofNullable(System.getenv("CHROMEWEBDRIVER")).map(dir -> dir + "/chromedriver").ifPresent(drivers::add);
        binaries.addAll(BINARIES);
        drivers.addAll(DRIVERS);
        Optional<Path> binary = firstExecutable(binaries);
        Optional<Path> driver = firstExecutable(drivers);
        return binary.isPresent() && driver.isPresent() ? Optional.of(new Browser(binary.get(), driver.get()))
                : Optional.empty();
    }

    /** Headless, with a fresh profile of its own and the given languages (as a browser's settings would give). */
    ChromeDriver start(Path profile, String acceptLanguages, String... more) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1000,1500",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(more);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static Path freshProfile(Path under, String name) {
        try {
            return Files.createTempDirectory(Files.createDirectories(under), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> firstExecutable(List<String> candidates) {
        return candidates.stream().filter(candidate -> !candidate.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
