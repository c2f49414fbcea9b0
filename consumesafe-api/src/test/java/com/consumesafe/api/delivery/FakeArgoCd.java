package com.consumesafe.api.delivery;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A stand-in for Argo CD's API on a loopback port: GET /api/v1/applications/{name} answers what the test's script
 * says for the n-th request (0-based), and every request is recorded as "Bearer-token path?query".
 */
final class FakeArgoCd implements AutoCloseable {

    /** One answer: an HTTP status and a JSON body. */
    record Answer(int status, String body) {

        static Answer error(int status, String message) {
            return new Answer(status, "{\"error\":\"" + message + "\",\"message\":\"" + message + "\"}");
        }
    }

    /** What to answer to the n-th request; may look at the world (a Git remote) at the time of the request. */
    @FunctionalInterface
    interface Script {
        Answer answer(int request) throws IOException;
    }

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private FakeArgoCd(HttpServer server, Script script) {
        this.server = server;
        server.createContext("/", exchange -> {
            int index;
            synchronized (requests) {
                index = requests.size();
                requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + exchange.getRequestURI());
            }
            Answer answer;
            try {
                answer = script.answer(index);
            } catch (IOException | RuntimeException | AssertionError e) {
                answer = Answer.error(500, "the test's script failed: " + e.getMessage());
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static FakeArgoCd http(Script script) throws IOException {
        return new FakeArgoCd(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                script);
    }

    static FakeArgoCd https(SSLContext tls, Script script) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new FakeArgoCd(server, script);
    }

    String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * An application as GET /api/v1/applications/{name} returns it, multi-source (chart, image pin): sync status
     * and the revision of each source, health, and the last operation's phase with the revisions it synced.
     */
    static String application(String name, String sync, String health, List<String> revisions, String phase,
            List<String> operated) {
        return "{\"metadata\":{\"name\":\"" + name + "\"},\"status\":{"
                + "\"sync\":{\"status\":\"" + sync + "\",\"revisions\":" + json(revisions) + "},"
                + "\"health\":{\"status\":\"" + health + "\"},"
                + "\"operationState\":{\"phase\":\"" + phase + "\",\"message\":\"" + phase + " by the test\","
                + "\"operation\":{\"sync\":{\"revisions\":" + json(operated) + "}},"
                + "\"syncResult\":{\"revisions\":" + json(operated) + "}}}}";
    }

    private static String json(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
