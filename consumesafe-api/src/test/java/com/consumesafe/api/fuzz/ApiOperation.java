package com.consumesafe.api.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the published API description (/v3/api-docs), as far as a fuzzer needs it.
 *
 * @param method     GET, POST, ...
 * @param path       the path template, such as /api/v1/companies/{id}
 * @param parameters its path and query parameters
 * @param bodyType   the media type of its body, or null when it takes none
 * @param fields     the fields of a JSON body, nested objects' fields by their path (proposal.retire)
 */
record ApiOperation(String method, String path, List<Parameter> parameters, String bodyType, List<Field> fields) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** Every operation of the description, in its order. */
    static List<ApiOperation> all(JsonNode description) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonNode schemas = description.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            type(parameter.path("schema")), parameter.path("required").asBoolean(false)));
                }
                Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content")
                        .properties().iterator();
                String bodyType = null;
                List<Field> fields = new ArrayList<>();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> body = content.next();
                    bodyType = body.getKey();
                    collect(resolve(body.getValue().path("schema"), schemas), schemas, "", 0, fields);
                }
                operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(), parameters, bodyType,
                        fields));
            }
        }
        return operations;
    }

    boolean takesJson() {
        return "application/json".equals(bodyType);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    // the fields of an object schema, and one level of the objects inside it
    private static void collect(JsonNode schema, JsonNode schemas, String prefix, int depth, List<Field> fields) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode resolved = resolve(property.getValue(), schemas);
            String path = prefix + property.getKey();
            String type = type(resolved);
            fields.add(new Field(path, type));
            if ("object".equals(type) && depth == 0) {
                collect(resolved, schemas, path + ".", depth + 1, fields);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String reference = schema.path("$ref").asString("");
        return reference.isEmpty() ? schema : schemas.path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    private static String type(JsonNode schema) {
        if (!schema.path("$ref").isMissingNode()) {
            return "object";
        }
        String type = schema.path("type").asString("object");
        return "string".equals(type) && "uuid".equals(schema.path("format").asString("")) ? "uuid" : type;
    }

    /**
     * A path or query parameter.
     *
     * @param name     its name
     * @param in       path or query
     * @param type     string, uuid, integer, number or boolean
     * @param required whether the operation needs it
     */
    record Parameter(String name, String in, String type, boolean required) {

        boolean inPath() {
            return "path".equals(in);
        }
    }

    /**
     * A field of a JSON body.
     *
     * @param path where it is, as errors name it (proposal.retire)
     * @param type string, integer, number, boolean, array or object
     */
    record Field(String path, String type) {
    }
}
