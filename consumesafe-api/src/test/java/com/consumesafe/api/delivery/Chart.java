package com.consumesafe.api.delivery;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** charts/consumesafe rendered by the real Helm library (helm-java), as Argo CD renders it. */
final class Chart {

    static final Path DIR = RepositoryRoot.find().resolve("charts").resolve("consumesafe");
    static final String RELEASE = "consumesafe";
    static final String NAMESPACE = "consumesafe-staging";

    private Chart() {
    }

    static Path valuesFile(String name) {
        return DIR.resolve(name);
    }

    static Manifests render(List<Path> valuesFiles, Map<String, String> sets) {
        TemplateCommand template = new Helm(DIR).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (Path valuesFile : valuesFiles) {
            template = template.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, String> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return Manifests.parse(template.call());
    }

    static Manifests render(String... valuesFiles) {
        return render(List.of(valuesFiles).stream().map(Chart::valuesFile).toList(), Map.of());
    }
}
