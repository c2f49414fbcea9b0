package com.consumesafe.api.report;

import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import java.util.concurrent.atomic.AtomicInteger;

/** A curator and the public at the HTTP API: catalog set-up, reports, decisions. */
final class ReportDesk {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final HttpApi api;

    ReportDesk(HttpApi api) {
        this.api = api;
    }

    /** Creates a company, brand or product and answers its id. */
    long create(String path, String body) {
        HttpApi.Response response = curate("POST", path, body);
        if (response.status() != 201) {
            throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
        }
        return response.<Number>json("$.id").longValue();
    }

    HttpApi.Response curate(String method, String path, String body) {
        return api.request(method, path, body, "Authorization", TestCuratorToken.bearer());
    }

    /** Each submission from its own address, as separate people would send them, so the rate limit stays out of it. */
    HttpApi.Response report(String body) {
        return api.request("POST", "/api/v1/reports", body, "X-Forwarded-For",
                "198.51.100." + CLIENTS.incrementAndGet());
    }

    /** Submits a report and answers its id. */
    String submitted(String body) {
        HttpApi.Response response = report(body);
        if (response.status() != 202) {
            throw new AssertionError("report answered " + response.status() + ": " + response.body());
        }
        return response.json("$.id");
    }

    HttpApi.Response accept(String report, String body) {
        return curate("POST", "/api/v1/curation/reports/" + report + "/accept", body);
    }

    String status(String report) {
        return api.get("/api/v1/reports/" + report).json("$.status");
    }

    HttpApi.Response check(String query) {
        return api.get("/api/v1/check?q=" + query.replace(' ', '+'));
    }

    static String target(String kind, long id) {
        return "{\"kind\":\"" + kind + "\",\"id\":" + id + "}";
    }
}
