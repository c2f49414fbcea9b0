package com.consumesafe.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.net.URI;

/**
 * An open workload: requests at a constant arrival rate (bench.rate per second for bench.seconds, after
 * bench.warmupSeconds at the same rate, over at most bench.connections kept-alive connections), each to a random
 * path of the CSV file bench.paths (column "path": a path with its query string, already encoded). Arrivals do not wait for answers, so a slow server shows as latency, not as a
 * lower rate, which wrk's closed loop would hide. Only loopback addresses are accepted as target.
 */
public class PathsAtRateSimulation extends Simulation {

    static final String MEASURED = "at rate";

    private final String baseUrl = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    private final FeederBuilder<String> paths = csv(System.getProperty("bench.paths", "target/paths.csv")).random();
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "5000"));
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    private final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 10);
    private final int connections = Integer.getInteger("bench.connections", 64);

    {
        String host = URI.create(baseUrl).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("the load test only targets this machine's loopback, not " + host);
        }
        ScenarioBuilder warmUp = scenario("warm-up").exec(request("warm-up"));
        ScenarioBuilder measured = scenario(MEASURED).exec(request(MEASURED));
        setUp(warmUp.injectOpen(constantUsersPerSec(rate).during(warmupSeconds))
                .andThen(measured.injectOpen(constantUsersPerSec(rate).during(seconds))))
                // a bounded pool of kept-alive connections, as the ingress in front of the API holds: a request waits
                // for a free one (and that wait is in its response time) instead of opening one more
                .protocols(http.baseUrl(baseUrl).acceptHeader("application/json").shareConnections()
                        .maxConnectionsPerHost(connections))
                // reported against the target; the plugin is told not to fail the build on them
                .assertions(details(MEASURED).responseTime().percentile(99.0).lt(10),
                        global().failedRequests().count().is(0L));
    }

    private ChainBuilder request(String name) {
        return CoreDsl.feed(paths).exec(http(name).get("#{path}").check(status().in(200, 304)));
    }
}
