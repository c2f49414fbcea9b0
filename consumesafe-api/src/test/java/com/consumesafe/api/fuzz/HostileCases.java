package com.consumesafe.api.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hostile values of issue 12 for every operation of the API: in each query and path parameter, in each field of
 * a JSON body (and of the objects inside it), in the body as a whole, in its media type and framing, and in Accept.
 */
final class HostileCases {

    /** A forged log line, as the issue sent it. */
    static final String FORGED = "%0D%0A2026-11-29T00:00:00.000Z%20ERROR%20FORGED";

    private static final Set<Integer> ANY = Set.of();
    private static final String JSON = "application/json";

    // refused by the request checks before anything else: a 400 naming the parameter, with or without a token
    private static final List<String> UNDECODABLE = List.of("a%00b", "%zz", "%ff%fe", "%C3%28", "%", "%4",
            "%C3%28" + FORGED);
    private static final List<String> ODD_TEXT = List.of(FORGED, "x".repeat(5000), "", "%E2%80%AE%F0%9F%98%80",
            "%27%3B%20DROP%20TABLE%20company%3B--", "%25", "a+b", "%EF%BF%BF", "%ED%A0%80");
    private static final List<String> NOT_A_NUMBER = List.of("abc", "99999999999999999999", "1e3", "1.5");
    // Spring reads 0x10 as 16, as Long.decode does
    private static final List<String> ODD_NUMBER = List.of("-1", "0", "2147483648", "", "0x10", "%2B1");
    private static final List<String> NOT_A_UUID = List.of("abc", "00000000-0000-0000-0000-00000000000g");
    private static final List<String> BAD_PATH = List.of("a%00b", "%zz", "%ff", "%C3%28", FORGED, "..%2F..%2Fetc");

    private final Map<String, String> pathValues;
    private final AtomicInteger imports = new AtomicInteger();

    HostileCases(Map<String, String> pathValues) {
        this.pathValues = Map.copyOf(pathValues);
    }

    List<HostileCase> of(ApiOperation operation) {
        List<HostileCase> cases = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            parameterCases(operation, parameter, cases);
        }
        if (operation.takesJson()) {
            jsonCases(operation, cases);
        } else if ("text/csv".equals(operation.bodyType())) {
            csvCases(operation, cases);
        }
        // accepting only XML: refused before any handler runs (without a token, curation is refused first)
        cases.add(new HostileCase(operation.toString(), "Accept: application/xml", operation.method(),
                target(operation, Map.of()), List.of("Accept", "application/xml", "Content-Type",
                contentType(operation)), validBody(operation), false, null, Set.of(401, 406), false));
        return cases;
    }

    private void parameterCases(ApiOperation operation, ApiOperation.Parameter parameter, List<HostileCase> cases) {
        String name = parameter.name();
        if (parameter.inPath()) {
            List<String> wrongType = "integer".equals(parameter.type()) ? NOT_A_NUMBER
                    : "uuid".equals(parameter.type()) ? NOT_A_UUID : List.of();
            wrongType.forEach(value -> cases.add(parameterCase(operation, name, value, name, ANY, false)));
            BAD_PATH.forEach(value -> cases.add(parameterCase(operation, name, value, null, ANY, true)));
            return;
        }
        UNDECODABLE.forEach(value -> cases.add(parameterCase(operation, name, value, name, Set.of(400), false)));
        if ("integer".equals(parameter.type()) || "number".equals(parameter.type())) {
            NOT_A_NUMBER.forEach(value -> cases.add(parameterCase(operation, name, value, name, ANY, false)));
            ODD_NUMBER.forEach(value -> cases.add(parameterCase(operation, name, value, null, ANY, false)));
        } else {
            ODD_TEXT.forEach(value -> cases.add(parameterCase(operation, name, value, null, ANY, false)));
        }
    }

    private HostileCase parameterCase(ApiOperation operation, String name, String value, String field,
            Set<Integer> statuses, boolean unnamed400) {
        return new HostileCase(operation.toString(), name + "=" + value, operation.method(),
                target(operation, Map.of(name, value)), List.of("Content-Type", contentType(operation)),
                validBody(operation), false, field, statuses, unnamed400);
    }

    private void jsonCases(ApiOperation operation, List<HostileCase> cases) {
        for (ApiOperation.Field field : operation.fields()) {
            for (Map.Entry<String, Boolean> value : fieldValues(field.type()).entrySet()) {
                // a value Jackson cannot read names the field; one it can may fail on another field of the body
                cases.add(jsonCase(operation, field.path() + "=" + value.getKey(), nest(field.path(), value.getKey()),
                        value.getValue() ? expectedField(field, value.getKey()) : null, ANY));
            }
        }
        for (String body : List.of("{", "[]", "\"text\"", "null", "{\"a\":", "{\"name\":\"x\"}}", "",
                "[".repeat(5000) + "]".repeat(5000), "{\"name\":1e99999}")) {
            cases.add(jsonCase(operation, "body " + abbreviated(body), body, null, ANY));
        }
        cases.add(new HostileCase(operation.toString(), "body of invalid UTF-8", operation.method(),
                target(operation, Map.of()), List.of("Content-Type", JSON), bytes("{\"name\":\"", new byte[] {
                    (byte) 0xff, (byte) 0xfe, (byte) 0xc3, (byte) 0x28}, "\"}"), false, null, ANY, false));
        cases.add(new HostileCase(operation.toString(), "a raw NUL byte in the body", operation.method(),
                target(operation, Map.of()), List.of("Content-Type", JSON), bytes("{\"name\":\"a", new byte[] {0},
                "b\"}"), false, null, ANY, false));
        for (String type : List.of("*/*", "application/*", "text/*", "not a media type")) {
            cases.add(new HostileCase(operation.toString(), "Content-Type: " + type, operation.method(),
                    target(operation, Map.of()), List.of("Content-Type", type), validBody(operation), false,
                    "Content-Type", Set.of(415), false));
        }
        cases.add(new HostileCase(operation.toString(), "Content-Type: application/xml", operation.method(),
                target(operation, Map.of()), List.of("Content-Type", "application/xml"),
                "<x/>".getBytes(UTF_8), false, null, ANY, false));
        cases.add(brokenChunks(operation, JSON));
    }

    private void csvCases(ApiOperation operation, List<HostileCase> cases) {
        String header = "id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity\n";
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("a NUL in a cell", (header + "1,P,Nul\u0000Brand,C,R,-,-,High\n").getBytes(UTF_8));
        bodies.put("invalid UTF-8", bytes(header + "1,P,", new byte[] {(byte) 0xff, (byte) 0xfe}, ",C,R,-,-,High\n"));
        bodies.put("a forged log line in a cell", (header + "1,P,\"B\r\n2026-11-29T00:00:00.000Z ERROR FORGED\",C,R,-,"
                + "-,High\n").getBytes(UTF_8));
        bodies.put("an unclosed quote", (header + "1,\"P,B,C,R,-,-,High\n").getBytes(UTF_8));
        bodies.put("an empty body", new byte[0]);
        bodies.put("a header only", header.getBytes(UTF_8));
        bodies.put("a long cell", (header + "1,P," + "B".repeat(100_000) + ",C,R,-,-,High\n").getBytes(UTF_8));
        bodies.put("short rows", (header + "1,P\n2\n").getBytes(UTF_8));
        bodies.forEach((what, body) -> cases.add(new HostileCase(operation.toString(), "CSV with " + what,
                operation.method(), target(operation, Map.of()), List.of("Content-Type", "text/csv"), body, false,
                null, ANY, false)));
        for (String type : List.of("*/*", "text/*", "not a media type")) {
            cases.add(new HostileCase(operation.toString(), "Content-Type: " + type, operation.method(),
                    target(operation, Map.of()), List.of("Content-Type", type), bodies.get("a header only"), false,
                    "Content-Type", Set.of(415), false));
        }
        cases.add(brokenChunks(operation, "text/csv"));
    }

    // the container refuses the message itself, before any field of it is read: a 400 with no field to name
    // (without a token, curation is refused before the body is read)
    private HostileCase brokenChunks(ApiOperation operation, String contentType) {
        return new HostileCase(operation.toString(), "broken chunked framing", operation.method(),
                target(operation, Map.of()), List.of("Content-Type", contentType),
                "5\r\n{\"a\":\r\nzz\r\n\"b\"}\r\n0\r\n\r\n".getBytes(UTF_8), true, null, Set.of(400, 401), true);
    }

    private HostileCase jsonCase(ApiOperation operation, String what, String body, String field,
            Set<Integer> statuses) {
        return new HostileCase(operation.toString(), what, operation.method(), target(operation, Map.of()),
                List.of("Content-Type", JSON), body.getBytes(UTF_8), false, field, statuses, false);
    }

    // hostile JSON values by the field's type, each saying whether Jackson must refuse it naming the field
    private static Map<String, Boolean> fieldValues(String type) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        values.put("\"a\\u0000b\"", "string".equals(type));
        values.put("{\"nested\":1}", !"object".equals(type));
        values.put("\"" + FORGED.replace("%0D%0A", "\\r\\n").replace("%20", " ") + "\"", false);
        values.put("\"" + "x".repeat(5000) + "\"", false);
        values.put("\"\\ud800\"", false);
        values.put("-1", false);
        values.put("99999999999999999999999", "integer".equals(type));
        values.put("true", false);
        values.put("null", false);
        switch (type) {
            case "string" -> values.put("[\"x\"]", true);
            case "integer", "number" -> values.put("\"abc\"", true);
            case "boolean" -> values.put("\"yes\"", true);
            case "array" -> {
                values.put("\"not a list\"", true);
                values.put("[{\"nested\":1}]", true);
                values.put("[\"a\\u0000b\"]", true);
                values.put("[" + "\"x\",".repeat(2000) + "\"x\"]", false);
            }
            default -> values.put("[]", true);
        }
        return values;
    }

    // the index where Jackson stops, for a list element that is wrong
    private static String expectedField(ApiOperation.Field field, String value) {
        return "array".equals(field.type()) && value.startsWith("[") ? field.path() + "[0]" : field.path();
    }

    // {"proposal":{"retire":"yes"}} for proposal.retire
    private static String nest(String path, String value) {
        String[] names = path.split("\\.");
        StringBuilder json = new StringBuilder();
        for (String name : names) {
            json.append("{\"").append(name).append("\":");
        }
        return json.append(value).append("}".repeat(names.length)).toString();
    }

    private String target(ApiOperation operation, Map<String, String> hostile) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            String value = hostile.containsKey(parameter.name()) ? hostile.get(parameter.name())
                    : parameter.inPath() || parameter.required() ? valid(operation, parameter) : null;
            if (value == null) {
                continue;
            }
            if (parameter.inPath()) {
                path = path.replace("{" + parameter.name() + "}", value);
            } else {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
            }
        }
        return path + query;
    }

    private String valid(ApiOperation operation, ApiOperation.Parameter parameter) {
        if (parameter.inPath()) {
            return pathValues.getOrDefault(operation.path() + "#" + parameter.name(), "1");
        }
        return switch (parameter.name()) {
            case "list" -> operation.path().endsWith("/imports") ? "fuzz-import-" + imports.incrementAndGet()
                    : "fuzz-list";
            case "format" -> operation.path().endsWith("/imports") ? "legacy" : "csv";
            case "q" -> "fuzz";
            default -> "integer".equals(parameter.type()) ? "1" : "x";
        };
    }

    private static String contentType(ApiOperation operation) {
        return operation.bodyType() == null ? JSON : operation.bodyType();
    }

    private static byte[] validBody(ApiOperation operation) {
        if (operation.bodyType() == null) {
            return null;
        }
        return (operation.takesJson() ? "{}" : "id,boycott_product,brand,category,reason,tunisian_alternative,"
                + "alternative_brand,intensity\n").getBytes(UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(UTF_8));
        bytes.writeBytes(middle);
        bytes.writeBytes(after.getBytes(UTF_8));
        return bytes.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "... (" + text.length() + " characters)" : text;
    }
}
