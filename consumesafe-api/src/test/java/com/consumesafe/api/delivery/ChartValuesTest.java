package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** values.yaml documents every value in one line; values.schema.json closes every object to unknown keys. */
class ChartValuesTest {

    private static final Pattern PARAM = Pattern.compile("(?m)^\\s*## @param (\\S+) \\S.*$");

    @Test
    void documents_every_value_in_one_param_line() throws IOException {
        String text = Files.readString(Chart.valuesFile("values.yaml"));
        Set<String> documented = new LinkedHashSet<>();
        Matcher param = PARAM.matcher(text);
        while (param.find()) {
            documented.add(param.group(1));
        }
        Map<String, Object> values = Manifests.parse(text).all().get(0);

        List<String> undocumented = new ArrayList<>();
        collectUndocumented("", values, documented, undocumented);

        assertThat(undocumented).as("values without a ## @param line").isEmpty();
        assertThat(documented).allSatisfy(path -> assertThat(contains(values, path))
                .as("## @param %s names a value that exists", path).isTrue());
    }

    @Test
    void schema_closes_every_object_to_unknown_keys() throws IOException {
        Map<String, Object> schema = Manifests.parse(Files.readString(Chart.DIR.resolve("values.schema.json")))
                .all().get(0);
        List<String> open = new ArrayList<>();

        collectOpenObjects("", schema, open);

        assertThat(open).as("objects without additionalProperties").isEmpty();
        assertThat(schema).containsEntry("additionalProperties", false);
    }

    private static void collectUndocumented(String prefix, Map<String, Object> node, Set<String> documented,
            List<String> undocumented) {
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            String path = prefix + entry.getKey();
            if (documented.contains(path)) {
                continue;
            }
            if (entry.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
                collectUndocumented(path + ".", Manifests.map(child), documented, undocumented);
            } else {
                undocumented.add(path);
            }
        }
    }

    private static boolean contains(Map<String, Object> values, String path) {
        int last = path.lastIndexOf('.');
        Object parent = last < 0 ? values : Manifests.at(values, path.substring(0, last));
        return parent instanceof Map<?, ?> map && map.containsKey(path.substring(last + 1));
    }

    /** Every schema node of type object must say what it admits beyond its properties (false, or a value schema). */
    private static void collectOpenObjects(String where, Object node, List<String> open) {
        if (node instanceof Map<?, ?> map) {
            Object type = map.get("type");
            boolean object = "object".equals(type) || type instanceof List<?> types && types.contains("object");
            if (object && !map.containsKey("additionalProperties")) {
                open.add(where.isEmpty() ? "(root)" : where);
            }
            map.forEach((key, value) -> collectOpenObjects(where + "/" + key, value, open));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectOpenObjects(where + "[]", item, open));
        }
    }
}
