package com.consumesafe.api.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Kubernetes manifests as plain maps: parsing a multi-document YAML stream and walking into it by dotted paths. */
final class Manifests {

    private final List<Map<String, Object>> documents;

    private Manifests(List<Map<String, Object>> documents) {
        this.documents = documents;
    }

    static Manifests parse(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(yaml)) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return new Manifests(documents);
    }

    List<Map<String, Object>> all() {
        return documents;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = ofKind(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    List<String> kinds() {
        return documents.stream().map(document -> String.valueOf(document.get("kind"))).toList();
    }

    /** The value at a dotted path ("spec.template.spec"), or null where a step is missing. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> node)) {
                return null;
            }
            current = node.get(step);
        }
        return current;
    }

    static Map<String, Object> mapAt(Object root, String path) {
        return map(at(root, path));
    }

    static List<Map<String, Object>> listAt(Object root, String path) {
        Object value = at(root, path);
        if (!(value instanceof List<?> items)) {
            throw new AssertionError("no list at " + path);
        }
        return items.stream().map(Manifests::map).toList();
    }

    static List<String> stringsAt(Object root, String path) {
        Object value = at(root, path);
        if (!(value instanceof List<?> items)) {
            throw new AssertionError("no list at " + path);
        }
        return items.stream().map(String::valueOf).toList();
    }

    /** The one container of the Deployment's pod template. */
    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = listAt(deployment, "spec.template.spec.containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
