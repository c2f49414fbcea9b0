package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** argocd/: the files parse, the applications point at the chart and its values files, the project admits them. */
class ArgoCdManifestsTest {

    private static final Path ARGOCD = RepositoryRoot.find().resolve("argocd");
    private static final String REPOSITORY = "https://github.com/consumesafe/consumesafe.git";

    @Test
    void every_file_parses_as_kubernetes_manifests() throws IOException {
        try (Stream<Path> files = Files.walk(ARGOCD)) {
            List<Path> yamlFiles = files.filter(file -> file.toString().endsWith(".yaml")).toList();
            assertThat(yamlFiles).hasSizeGreaterThanOrEqualTo(5);
            for (Path file : yamlFiles) {
                assertThat(read(file).all()).as(file.toString()).isNotEmpty().allSatisfy(manifest ->
                        assertThat(manifest).containsKeys("apiVersion", "kind", "metadata"));
            }
        }
    }

    @Test
    void each_application_renders_the_protected_branch_chart_with_the_environment_branch_pin() throws IOException {
        Map<String, String> branches = Map.of("staging", "develop", "production", "main");
        for (Map.Entry<String, String> environment : branches.entrySet()) {
            Map<String, Object> app = read(ARGOCD.resolve("apps/consumesafe-" + environment.getKey() + ".yaml"))
                    .one("Application");
            List<Map<String, Object>> sources = Manifests.listAt(app, "spec.sources");
            Map<String, Object> chart = sources.get(0);
            Map<String, Object> pin = sources.get(1);

            assertThat(Manifests.at(app, "spec.project")).isEqualTo("consumesafe");
            assertThat(Manifests.at(app, "spec.source")).as("sources replaces source").isNull();
            assertThat(sources).hasSize(2)
                    .allSatisfy(source -> assertThat(source).containsEntry("repoURL", REPOSITORY));
            assertThat(chart).containsEntry("path", "charts/consumesafe")
                    .containsEntry("targetRevision", environment.getValue());
            // the pin source only lends its files: no path, so Argo CD renders nothing from it
            assertThat(pin).containsEntry("targetRevision", "env/" + environment.getKey()).containsEntry("ref", "pin")
                    .doesNotContainKey("path");
            List<String> valueFiles = Manifests.stringsAt(chart, "helm.valueFiles");
            assertThat(valueFiles).containsExactly("values-" + environment.getKey() + ".yaml", "$pin/image.yaml");
            assertThat(Chart.DIR.resolve(valueFiles.get(0))).isRegularFile();
            assertThat(Manifests.at(app, "spec.destination.namespace"))
                    .isEqualTo("consumesafe-" + environment.getKey());
            assertThat(Manifests.mapAt(app, "spec.syncPolicy.automated")).containsEntry("prune", true)
                    .containsEntry("selfHeal", true);
            assertThat(Manifests.stringsAt(app, "spec.syncPolicy.syncOptions")).contains("CreateNamespace=true");
            assertThat(Manifests.mapAt(app, "spec.syncPolicy.retry")).containsKey("backoff");
            // absolute paths, so a commit of either source that touches the chart or the pin refreshes the application
            assertThat(Manifests.mapAt(app, "metadata.annotations"))
                    .containsEntry("argocd.argoproj.io/manifest-generate-paths", "/charts/consumesafe;/image.yaml")
                    .containsKeys("notifications.argoproj.io/subscribe.on-sync-failed.slack",
                            "notifications.argoproj.io/subscribe.on-health-degraded.slack",
                            "notifications.argoproj.io/subscribe.on-deployed.slack");
        }
    }

    @Test
    void the_project_admits_the_applications_and_every_kind_the_chart_renders() throws IOException {
        Map<String, Object> project = read(ARGOCD.resolve("projects/consumesafe.yaml")).one("AppProject");
        List<Map<String, Object>> destinations = Manifests.listAt(project, "spec.destinations");
        List<String> kinds = Manifests.listAt(project, "spec.namespaceResourceWhitelist").stream()
                .map(kind -> (String) kind.get("kind")).toList();

        assertThat(Manifests.stringsAt(project, "spec.sourceRepos")).containsExactly(REPOSITORY);
        for (String environment : List.of("staging", "production")) {
            Map<String, Object> app = read(ARGOCD.resolve("apps/consumesafe-" + environment + ".yaml"))
                    .one("Application");
            assertThat(destinations).anySatisfy(destination -> {
                assertThat(destination.get("namespace")).isEqualTo(Manifests.at(app, "spec.destination.namespace"));
                assertThat(destination.get("server")).isEqualTo(Manifests.at(app, "spec.destination.server"));
            });
        }
        // everything the chart can render, with every optional part switched on
        Manifests everything = Chart.render(List.of(Chart.valuesFile("values-production.yaml")), Map.of(
                "cnpg.enabled", "true", "serviceMonitor.enabled", "true", "ingress.enabled", "true",
                "cnpg.backup.enabled", "true", "cnpg.backup.destinationPath", "s3://backups/consumesafe"));
        assertThat(kinds).containsAll(everything.kinds()).contains("Pod");
        assertThat(Manifests.listAt(project, "spec.clusterResourceWhitelist"))
                .extracting(kind -> kind.get("kind")).containsExactly("Namespace");
    }

    @Test
    void the_root_application_installs_the_project_and_the_applications() throws IOException {
        Map<String, Object> root = read(ARGOCD.resolve("bootstrap/root.yaml")).one("Application");

        assertThat(Manifests.at(root, "spec.source.repoURL")).isEqualTo(REPOSITORY);
        assertThat(Manifests.at(root, "spec.source.path")).isEqualTo("argocd");
        assertThat(Manifests.at(root, "spec.source.directory.recurse")).isEqualTo(true);
        assertThat((String) Manifests.at(root, "spec.source.directory.include")).contains("projects/", "apps/");
    }

    @Test
    void notifications_define_the_subscribed_triggers_and_hold_no_token() throws IOException {
        Map<String, Object> config = read(ARGOCD.resolve("notifications/argocd-notifications-cm.yaml"))
                .one("ConfigMap");
        Map<String, Object> data = Manifests.mapAt(config, "data");

        assertThat(data).containsKeys("trigger.on-sync-failed", "trigger.on-health-degraded", "trigger.on-deployed",
                "template.app-sync-failed", "template.app-health-degraded", "template.app-deployed");
        assertThat((String) data.get("service.slack")).contains("token: $slack-token");
    }

    private static Manifests read(Path file) throws IOException {
        return Manifests.parse(Files.readString(file));
    }
}
