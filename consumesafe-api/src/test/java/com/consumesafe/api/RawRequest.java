package com.consumesafe.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds the bytes of an HTTP/1.1 request exactly as given, headers and body included, for HttpApi.raw. */
public final class RawRequest {

    private RawRequest() {
    }

    /** A request with a Content-Length body (none when the body is null) and header name/value pairs. */
    public static byte[] of(String method, String target, byte[] body, String... headers) {
        StringBuilder head = head(method, target, headers);
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return join(head.append("\r\n").toString(), body == null ? new byte[0] : body);
    }

    /** A request whose chunked body is sent exactly as given, broken framing included. */
    public static byte[] chunked(String method, String target, String framedBody, String... headers) {
        StringBuilder head = head(method, target, headers).append("Transfer-Encoding: chunked\r\n\r\n");
        return join(head.toString(), framedBody.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder head(String method, String target, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return head;
    }

    private static byte[] join(String head, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return request.toByteArray();
    }
}
