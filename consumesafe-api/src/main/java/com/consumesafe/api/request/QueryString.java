package com.consumesafe.api.request;

import com.consumesafe.api.problem.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A raw query string checked the way the servlet container will decode it (percent-encoding, then UTF-8), so that a
 * parameter it cannot decode is refused by name before the container fails on it deep inside a handler.
 */
final class QueryString {

    /** The field named when the broken part is a parameter's name rather than its value. */
    static final String QUERY = "query";

    private static final char NUL = '\0';

    private QueryString() {
    }

    /** The first parameter that does not decode to text the catalog can hold, if any. */
    static Optional<FieldError> firstBroken(String raw, int maxParameters) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String[] pairs = raw.split("&", -1);
        if (pairs.length > maxParameters) {
            return Optional.of(new FieldError(QUERY, "must have at most " + maxParameters + " parameters"));
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Decoded name = decode(rawName);
            if (name.problem() != null) {
                return Optional.of(new FieldError(QUERY, "has a parameter name that " + name.problem()));
            }
            if (equals >= 0) {
                Decoded value = decode(pair.substring(equals + 1));
                if (value.problem() != null) {
                    return Optional.of(new FieldError(name.text().isEmpty() ? QUERY : name.text(),
                            value.problem()));
                }
            }
        }
        return Optional.empty();
    }

    private static Decoded decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                    return Decoded.broken("is not valid percent-encoding (% must be followed by two hex digits)");
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return text.indexOf(NUL) >= 0 ? Decoded.broken("must not contain the NUL character")
                    : new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return Decoded.broken("must be UTF-8 once percent-decoded");
        }
    }

    private static boolean isHex(char c) {
        return HexFormat.isHexDigit(c);
    }

    /**
     * One name or value decoded.
     *
     * @param text    what it decodes to
     * @param problem why it does not decode, or null
     */
    private record Decoded(String text, String problem) {

        static Decoded broken(String problem) {
            return new Decoded("", problem);
        }
    }
}
