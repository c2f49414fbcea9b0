package com.consumesafe.api;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
        return raw((method + " " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Sends these bytes as the whole request (which should say Connection: close) and reads the answer to its end,
     * a chunked body joined back together.
     */
    public Response raw(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String[] head = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            Arrays.stream(head).skip(1).filter(line -> line.indexOf(':') > 0).forEach(line -> headers
                    .computeIfAbsent(line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                            name -> new ArrayList<>()).add(line.substring(line.indexOf(':') + 1).strip()));
            byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = dechunked(body);
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]),
                    headers.getOrDefault("content-type", List.of("")).getFirst(),
                    headers.getOrDefault("location", List.of("")).getFirst(),
                    new String(body, StandardCharsets.UTF_8), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] dechunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + Arrays.toString(part) + " in the answer");
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
