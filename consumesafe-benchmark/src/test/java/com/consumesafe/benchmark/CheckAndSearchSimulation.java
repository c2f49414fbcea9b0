package com.consumesafe.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;

/**
 * Load on the public read API at fixed arrival rates, one scenario after the other so that each is measured alone:
 * check by name (exact names, plain lower-case ones, one-typo ones), check by barcode (UPC-A, EAN-13, GTIN-14 and
 * unknown ones) and search (prefixes as typed into a search box), after a warm-up of all three mixed at their own
 * rates, so that each path is compiled and each statement prepared before it is measured. Each phase lasts a
 * bounded time and the run stops by itself. Only loopback addresses are accepted as target.
 */
public class CheckAndSearchSimulation extends Simulation {

    static final String BY_NAME = "check by name";
    static final String BY_BARCODE = "check by barcode";
    static final String SEARCH = "search";

    private final String baseUrl = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    private final String feeders = System.getProperty("bench.feeders", "target/feeders");
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 30);

    private final FeederBuilder<String> names = csv(feeders + "/names.csv").random();
    private final FeederBuilder<String> barcodes = csv(feeders + "/barcodes.csv").random();
    private final FeederBuilder<String> prefixes = csv(feeders + "/prefixes.csv").random();

    private final HttpProtocolBuilder protocol = http.baseUrl(loopbackOnly(baseUrl))
            .acceptHeader("application/json")
            // a pool of kept-alive connections, as a reverse proxy in front of the API would hold
            .shareConnections();

    {
        double total = rate("name") + rate("barcode") + rate("search");
        // Gatling refuses weights summing above 100, which rounding could reach; a hundredth of users idle instead
        double share = 99.99 / total;
        ScenarioBuilder warmUp = scenario("warm-up").randomSwitch().on(
                percent(share * rate("name")).then(byName("warm-up " + BY_NAME)),
                percent(share * rate("barcode")).then(byBarcode("warm-up " + BY_BARCODE)),
                percent(share * rate("search")).then(search("warm-up " + SEARCH)));
        ScenarioBuilder checkByName = scenario(BY_NAME).exec(byName(BY_NAME));
        ScenarioBuilder checkByBarcode = scenario(BY_BARCODE).exec(byBarcode(BY_BARCODE));
        ScenarioBuilder searchByPrefix = scenario(SEARCH).exec(search(SEARCH));

        setUp(warmUp.injectOpen(constantUsersPerSec(total).during(warmupSeconds)).andThen(
                checkByName.injectOpen(constantUsersPerSec(rate("name")).during(seconds)).andThen(
                        checkByBarcode.injectOpen(constantUsersPerSec(rate("barcode")).during(seconds)).andThen(
                                searchByPrefix.injectOpen(constantUsersPerSec(rate("search")).during(seconds))))))
                .protocols(protocol)
                // reported against the targets; the plugin is told not to fail the build on them
                .assertions(
                        details(BY_BARCODE).responseTime().percentile(99.0).lt(5),
                        details(BY_NAME).responseTime().percentile(99.0).lt(25),
                        details(SEARCH).responseTime().percentile(99.0).lt(25),
                        global().failedRequests().count().is(0L));
    }

    private ChainBuilder byName(String request) {
        return CoreDsl.feed(names).exec(http(request).get("/api/v1/check").queryParam("q", "#{q}")
                .check(status().is(200)));
    }

    private ChainBuilder byBarcode(String request) {
        return CoreDsl.feed(barcodes).exec(http(request).get("/api/v1/check").queryParam("barcode", "#{barcode}")
                .check(status().is(200)));
    }

    private ChainBuilder search(String request) {
        return CoreDsl.feed(prefixes).exec(http(request).get("/api/v1/search").queryParam("q", "#{q}")
                .queryParam("limit", "10").check(status().is(200)));
    }

    private static double rate(String scenario) {
        return Double.parseDouble(System.getProperty("bench.rate." + scenario, "50"));
    }

    private static String loopbackOnly(String url) {
        String host = URI.create(url).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("the load test only targets this machine's loopback, not " + host);
        }
        return url;
    }
}
