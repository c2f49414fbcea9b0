package com.consumesafe.api;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain HTTP client on one port of the application under test, as a user's client would call it. */
public final class HttpApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final int port;
    private final String base;

    public HttpApi(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Sends a request with an optional JSON body and header name/value pairs. */
    public Response request(String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Sends a request line exactly as given, for requests that a well-behaved client refuses to build. */
    public Response raw(String method, String rawTarget) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String[] headAndBody = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n\r\n", 2);
            String[] head = headAndBody[0].split("\r\n");
            String contentType = Arrays.stream(head)
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).strip())
                    .findFirst().orElse("");
            String body = headAndBody.length > 1 ? headAndBody[1] : "";
            return new Response(Integer.parseInt(head[0].split(" ")[1]), contentType, "", body, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What came back.
     *
     * @param status      HTTP status
     * @param contentType the Content-Type header, or empty
     * @param location    the Location header, or empty
     * @param body        the body as text
     * @param headers     every header, by lower-case name
     */
    public record Response(int status, String contentType, String location, String body,
                           Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst().orElse("");
        }

        /** A value from the JSON body, by JsonPath. */
        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }
}
