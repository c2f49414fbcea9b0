package com.consumesafe.api.imports;

import com.consumesafe.api.HttpApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts a body with the content type given, as a curator's script would upload a CSV file. */
public final class CsvUpload {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public CsvUpload(int port) {
        this.port = port;
    }

    public HttpApi.Response post(String path, String contentType, String body, String... headers) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public HttpApi.Response post(String path, String contentType, byte[] body, String... headers) {
        return send(path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** Posts the body chunked, without a Content-Length, as a streaming client would. */
    HttpApi.Response postChunked(String path, String contentType, byte[] body, String... headers) {
        return send(path, contentType, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                headers);
    }

    private HttpApi.Response send(String path, String contentType, HttpRequest.BodyPublisher body,
                                  String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).POST(body)
                .header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpApi.Response(response.statusCode(), response.headers().firstValue("Content-Type")
                    .orElse(""), "", response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
