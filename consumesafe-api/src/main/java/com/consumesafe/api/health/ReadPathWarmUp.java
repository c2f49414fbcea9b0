package com.consumesafe.api.health;

import com.consumesafe.domain.overview.CatalogOverview;
import com.consumesafe.domain.overview.ProductFilter;
import com.consumesafe.domain.overview.ProductSummary;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Readiness means fast: before the application reports ready (runners run before it does), it sends itself checks
 * and searches over its own HTTP port, with names from the catalog, typing errors and names it does not hold, until
 * the JIT has settled (it compiled for less than a tenth of the last quarter second) or for
 * consumesafe.warm-up.duration at most, so that the read path is compiled, the pool's connections have prepared
 * its statements and PostgreSQL has read its indexes before the first shopper's request.
 */
@Component
class ReadPathWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReadPathWarmUp.class);
    private static final int SAMPLE_PRODUCTS = 50;
    // as many as the pool has connections, so that each has prepared its statements
    private static final int CLIENTS = 8;
    private static final Duration AT_LEAST = Duration.ofMillis(500);
    private static final Duration WINDOW = Duration.ofMillis(250);

    private final CatalogOverview catalog;
    private final WebServerApplicationContext server;
    private final Duration duration;
    private final String host;
    private final AtomicInteger answered = new AtomicInteger();

    ReadPathWarmUp(CatalogOverview catalog, WebServerApplicationContext server,
            @Value("${consumesafe.warm-up.duration:5s}") Duration duration,
            @Value("${server.address:}") String address) {
        this.catalog = catalog;
        this.server = server;
        this.duration = duration;
        // a wildcard address answers on loopback too; a specific one may not
        this.host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1"
                : address.contains(":") ? "[" + address + "]" : address;
    }

    /** How many of the warm-up's requests were answered 200. */
    int requestsAnswered() {
        return answered.get();
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        List<String> paths = paths();
        long started = System.nanoTime();
        AtomicLong deadline = new AtomicLong(started + duration.toNanos());
        List<Thread> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            clients.add(Thread.ofPlatform().name("warm-up-" + client).start(() -> send(paths, first, deadline)));
        }
        boolean settled = waitForTheCompiler(started, deadline.get());
        deadline.set(System.nanoTime());
        for (Thread client : clients) {
            client.join();
        }
        LOG.info("Warmed the read path with {} answered requests in {} ms ({})", answered.get(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                settled ? "the JIT compiler settled" : "the time ran out");
    }

    // true once the JIT compiled for less than a tenth of a window, false at the deadline
    private static boolean waitForTheCompiler(long started, long deadline) throws InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            return false;
        }
        long compiled = compiler.getTotalCompilationTime();
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            if (left < WINDOW.toNanos()) {
                Thread.sleep(Duration.ofNanos(left));
                return false;
            }
            Thread.sleep(WINDOW);
            long now = compiler.getTotalCompilationTime();
            boolean quiet = now - compiled < WINDOW.toMillis() / 10;
            compiled = now;
            if (quiet && System.nanoTime() - started >= AT_LEAST.toNanos()) {
                return true;
            }
        }
        return false;
    }

    private List<String> paths() {
        List<String> paths = new ArrayList<>();
        try {
            for (ProductSummary product : catalog.products(new ProductFilter(Optional.empty(), Optional.empty(),
                    Optional.empty()), 0, SAMPLE_PRODUCTS).items()) {
                paths.add("/api/v1/check?q=" + encode(product.name()));
                paths.add("/api/v1/check?q=" + encode(product.brand()));
                paths.add("/api/v1/check?q=" + encode(withoutSecondLetter(product.name())));
                paths.add("/api/v1/search?q=" + encode(product.name().substring(0, Math.min(4,
                        product.name().length()))));
            }
        } catch (RuntimeException e) {
            LOG.debug("No sample of the catalog for the warm-up", e);
        }
        return paths;
    }

    private void send(List<String> known, int client, AtomicLong deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        String base = "http://" + host + ":" + server.getWebServer().getPort();
        try (http) {
            // each client sends at least one request, however short the time
            for (int i = client; i == client || System.nanoTime() < deadline.get(); i += CLIENTS) {
                // every other request one the catalog does not hold, a barcode or a name, so answers are computed
                String path = i % 2 == 0 && !known.isEmpty() ? known.get(i / 2 % known.size())
                        : i % 4 == 1 ? "/api/v1/check?barcode=" + gtin(i) : "/api/v1/check?q=warmup" + word(i);
                int status = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == HttpStatus.OK.value()) {
                    answered.incrementAndGet();
                }
            }
        } catch (IOException | RuntimeException e) {
            // never a reason not to start: the application is as ready as it would have been without it
            LOG.debug("The warm-up stopped early", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String withoutSecondLetter(String name) {
        return name.length() > 3 ? name.charAt(0) + name.substring(2) : name;
    }

    private static String word(int n) {
        StringBuilder word = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            word.append((char) ('a' + rest % 26));
        }
        return word.toString();
    }

    // a made-up GTIN-13 with a right check digit: looked up, and most likely found nowhere
    private static String gtin(int n) {
        String digits = "40" + String.format("%010d", n);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
