package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chart rendered with each environment's values: what reaches the cluster, asserted. */
class ChartRenderTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(password|token|secret|credential).*");

    static Stream<Arguments> environments() {
        return Stream.of(
                Arguments.of("default", List.of(), Map.of()),
                Arguments.of("staging", List.of(Chart.valuesFile("values-staging.yaml")), Map.of()),
                Arguments.of("production", List.of(Chart.valuesFile("values-production.yaml")), Map.of()),
                Arguments.of("cnpg", List.of(), Map.of("cnpg.enabled", "true")),
                Arguments.of("cnpg with backups", List.of(Chart.valuesFile("values-production.yaml")), Map.of(
                        "cnpg.enabled", "true", "cnpg.backup.enabled", "true",
                        "cnpg.backup.destinationPath", "s3://consumesafe-backups/production")),
                Arguments.of("everything", List.of(Chart.valuesFile("values-production.yaml")), Map.of(
                        "cnpg.enabled", "true", "serviceMonitor.enabled", "true",
                        "networkPolicy.database.cidr", "10.0.0.0/16", "config.extraEnv.JAVA_TOOL_OPTIONS", "-Xss1m")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void renders_every_values_file(String name, List<Path> valuesFiles, Map<String, String> sets) {
        Manifests manifests = Chart.render(valuesFiles, sets);

        assertThat(manifests.kinds()).contains("Deployment", "Service", "ConfigMap", "ServiceAccount",
                "NetworkPolicy");
        assertThat(manifests.all()).allSatisfy(manifest -> assertThat(Manifests.at(manifest, "metadata.name"))
                .asString().startsWith(Chart.RELEASE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void renders_no_secret_and_no_secret_material_in_config_maps(String name, List<Path> valuesFiles,
            Map<String, String> sets) {
        Manifests manifests = Chart.render(valuesFiles, sets);

        assertThat(manifests.kinds()).doesNotContain("Secret");
        for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
            assertThat(Manifests.mapAt(configMap, "data").keySet())
                    .noneMatch(key -> SECRET_LIKE.matcher(key).matches());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void sets_resources_and_a_hardened_security_context(String name, List<Path> valuesFiles,
            Map<String, String> sets) {
        Map<String, Object> deployment = Chart.render(valuesFiles, sets).one("Deployment");
        Map<String, Object> pod = Manifests.mapAt(deployment, "spec.template.spec");
        Map<String, Object> container = Manifests.container(deployment);

        assertThat(Manifests.mapAt(container, "resources.requests")).containsKeys("cpu", "memory");
        assertThat(Manifests.mapAt(container, "resources.limits")).containsKey("memory");
        assertThat(Manifests.mapAt(pod, "securityContext")).containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", 65532).containsEntry("runAsGroup", 65532).containsEntry("fsGroup", 65532);
        assertThat(Manifests.at(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat(Manifests.mapAt(container, "securityContext")).containsEntry("runAsNonRoot", true)
                .containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat(Manifests.at(container, "securityContext.capabilities.drop")).isEqualTo(List.of("ALL"));
        assertThat(Manifests.at(container, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat(pod).containsEntry("automountServiceAccountToken", false);
        // the only writable path is an emptyDir at /tmp
        assertThat(Manifests.listAt(container, "volumeMounts")).singleElement()
                .satisfies(mount -> assertThat(mount).containsEntry("mountPath", "/tmp"));
        assertThat(Manifests.listAt(pod, "volumes")).singleElement()
                .satisfies(volume -> assertThat(volume).containsKey("emptyDir"));
    }

    @Test
    void probes_call_the_actuator_on_the_management_port() {
        Map<String, Object> container = Manifests.container(Chart.render().one("Deployment"));

        assertThat(Manifests.listAt(container, "ports"))
                .extracting(port -> port.get("name"), port -> port.get("containerPort"))
                .containsExactly(tuple("http", 8080), tuple("management", 8081));
        assertThat(Manifests.at(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Manifests.at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Manifests.at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(Manifests.at(container, probe + ".httpGet.port")).as(probe).isEqualTo("management");
        }
        // migrations run before the application is live: the startup probe allows them 150 seconds
        int startupBudget = (Integer) Manifests.at(container, "startupProbe.failureThreshold")
                * (Integer) Manifests.at(container, "startupProbe.periodSeconds");
        assertThat(startupBudget).isGreaterThanOrEqualTo(120);
    }

    @Test
    void terminates_gracefully_after_the_application_shutdown_phase() {
        Map<String, Object> deployment = Chart.render().one("Deployment");
        Map<String, Object> container = Manifests.container(deployment);

        int preStop = (Integer) Manifests.at(container, "lifecycle.preStop.sleep.seconds");
        int grace = (Integer) Manifests.at(deployment, "spec.template.spec.terminationGracePeriodSeconds");
        // application.yaml: spring.lifecycle.timeout-per-shutdown-phase is 20s
        assertThat(grace).isGreaterThan(preStop + 20);
        assertThat(Manifests.container(Chart.render(List.of(), Map.of("lifecycle.preStopSleepSeconds", "0"))
                .one("Deployment"))).doesNotContainKey("lifecycle");
    }

    @Test
    void network_policy_admits_the_ingress_controller_and_monitoring_and_reaches_only_dns_and_the_database() {
        Map<String, Object> open = Chart.render().one("NetworkPolicy");
        Map<String, Object> narrowed = Chart.render(List.of(), Map.of("networkPolicy.database.cidr", "10.20.0.0/16"))
                .one("NetworkPolicy");

        assertThat(Manifests.mapAt(open, "spec.podSelector.matchLabels"))
                .containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/instance");
        List<Map<String, Object>> ingress = Manifests.listAt(open, "spec.ingress");
        assertThat(ingress).hasSize(2);
        assertThat(Manifests.at(ingress.get(0), "from")).asString().contains("ingress-nginx");
        assertThat(Manifests.listAt(ingress.get(0), "ports")).extracting(port -> port.get("port"))
                .containsExactly("http");
        assertThat(Manifests.at(ingress.get(1), "from")).asString().contains("monitoring");
        assertThat(Manifests.listAt(ingress.get(1), "ports")).extracting(port -> port.get("port"))
                .containsExactly("management");
        List<Map<String, Object>> egress = Manifests.listAt(narrowed, "spec.egress");
        assertThat(egress).hasSize(2);
        assertThat(Manifests.at(egress.get(0), "to")).asString().contains("kube-system");
        assertThat(Manifests.listAt(egress.get(0), "ports"))
                .extracting(port -> port.get("port"), port -> port.get("protocol"))
                .containsExactly(tuple(53, "UDP"), tuple(53, "TCP"));
        assertThat(Manifests.at(egress.get(1), "to")).asString().contains("10.20.0.0/16");
        assertThat(Manifests.listAt(egress.get(1), "ports")).extracting(port -> port.get("port")).containsExactly(5432);
    }

    @Test
    void pins_the_image_by_digest_when_one_is_set() {
        Map<String, Object> pinned = Manifests.container(Chart.render(List.of(),
                Map.of("image.tag", "0.2.0", "image.digest", DIGEST)).one("Deployment"));
        Map<String, Object> tagged = Manifests.container(Chart.render(List.of(),
                Map.of("image.tag", "0.2.0")).one("Deployment"));

        assertThat(pinned.get("image")).isEqualTo("ghcr.io/consumesafe/consumesafe-api@" + DIGEST);
        assertThat(tagged.get("image")).isEqualTo("ghcr.io/consumesafe/consumesafe-api:0.2.0");
    }

    @Test
    void takes_credentials_from_the_existing_secret_or_the_cnpg_generated_one() {
        Map<String, Object> plain = Manifests.container(Chart.render().one("Deployment"));
        Manifests withCnpg = Chart.render(List.of(), Map.of("cnpg.enabled", "true"));
        Map<String, Object> cnpg = Manifests.container(withCnpg.one("Deployment"));

        assertThat(secretRefs(plain)).containsEntry("SPRING_DATASOURCE_USERNAME", "consumesafe/database-username")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "consumesafe/database-password")
                .containsEntry("CONSUMESAFE_ADMIN_TOKEN", "consumesafe/admin-token");
        assertThat(secretRefs(cnpg)).containsEntry("SPRING_DATASOURCE_URL", "consumesafe-db-app/jdbc-uri")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "consumesafe-db-app/username")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "consumesafe-db-app/password");
        assertThat(Manifests.at(withCnpg.one("Cluster"), "metadata.name")).isEqualTo("consumesafe-db");
        assertThat(Manifests.mapAt(withCnpg.one("ConfigMap"), "data")).doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void an_unknown_key_fails_the_render(@TempDir Path dir) throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "image:\n  tagg: \"0.2.0\"\n");

        assertThatThrownBy(() -> Chart.render(List.of(typo), Map.of()))
                .hasMessageContaining("additional properties 'tagg' not allowed");
        assertThatThrownBy(() -> Chart.render(List.of(), Map.of("replicas", "3")))
                .hasMessageContaining("additional properties 'replicas' not allowed");
        assertThatThrownBy(() -> Chart.render(List.of(), Map.of("image.digest", "sha256:abc")))
                .hasMessageContaining("image/digest");
    }

    @Test
    void environment_values_files_leave_the_image_to_the_environment_branch() throws IOException {
        for (String environment : List.of("staging", "production")) {
            Map<String, Object> values = Manifests.parse(Files.readString(
                    Chart.valuesFile("values-" + environment + ".yaml"))).all().get(0);
            // an image here would be overridden by the pin anyway, and would mislead a reader
            assertThat(values).as(environment).doesNotContainKey("image");
        }
    }

    @Test
    void a_stuck_rollout_turns_degraded_well_inside_the_release_wait() throws IOException {
        Map<String, Object> deployment = Chart.render().one("Deployment");
        Map<String, Object> container = Manifests.container(deployment);
        int deadline = (Integer) Manifests.at(deployment, "spec.progressDeadlineSeconds");
        int startup = (Integer) Manifests.at(container, "startupProbe.failureThreshold")
                * (Integer) Manifests.at(container, "startupProbe.periodSeconds");
        Matcher wait = Pattern.compile("RELEASE_WAIT_SECONDS: (\\d+)").matcher(Files.readString(
                RepositoryRoot.find().resolve(".github/workflows/release.yml")));

        assertThat(wait.find()).as("release.yml sets RELEASE_WAIT_SECONDS").isTrue();
        // a pod that needs its whole startup budget is still progress; half the wait leaves time to see Degraded
        assertThat(deadline).isGreaterThan(startup + 60).isLessThanOrEqualTo(Integer.parseInt(wait.group(1)) / 2);
    }

    @Test
    void backups_archive_wal_and_take_scheduled_base_backups_to_object_storage() {
        Manifests withSecret = Chart.render(List.of(), Map.of("cnpg.enabled", "true", "cnpg.backup.enabled", "true",
                "cnpg.backup.destinationPath", "s3://consumesafe-backups/staging",
                "cnpg.backup.endpointURL", "https://minio.example.com",
                "cnpg.backup.s3Credentials.secretName", "backup-store"));
        Manifests withRole = Chart.render(List.of(), Map.of("cnpg.enabled", "true", "cnpg.backup.enabled", "true",
                "cnpg.backup.destinationPath", "s3://consumesafe-backups/staging"));
        Map<String, Object> store = withSecret.one("ObjectStore");
        Map<String, Object> schedule = withSecret.one("ScheduledBackup");
        Map<String, Object> cluster = withSecret.one("Cluster");

        assertThat(Manifests.at(store, "spec.configuration.destinationPath"))
                .isEqualTo("s3://consumesafe-backups/staging");
        assertThat(Manifests.at(store, "spec.configuration.endpointURL")).isEqualTo("https://minio.example.com");
        assertThat(Manifests.at(store, "spec.retentionPolicy")).isEqualTo("30d");
        assertThat(Manifests.at(store, "spec.configuration.s3Credentials.accessKeyId"))
                .isEqualTo(Map.of("name", "backup-store", "key", "ACCESS_KEY_ID"));
        assertThat(Manifests.at(store, "spec.configuration.wal.compression")).isEqualTo("gzip");
        assertThat(Manifests.at(withRole.one("ObjectStore"), "spec.configuration.s3Credentials"))
                .isEqualTo(Map.of("inheritFromIAMRole", true));
        // the Cluster archives every WAL file into that store; the ScheduledBackup adds the base backups
        assertThat(Manifests.listAt(cluster, "spec.plugins")).singleElement().satisfies(plugin -> {
            assertThat(plugin).containsEntry("name", "barman-cloud.cloudnative-pg.io")
                    .containsEntry("isWALArchiver", true);
            assertThat(Manifests.at(plugin, "parameters.barmanObjectName"))
                    .isEqualTo(Manifests.at(store, "metadata.name"));
        });
        assertThat(Manifests.at(schedule, "spec.cluster.name")).isEqualTo(Manifests.at(cluster, "metadata.name"));
        assertThat(Manifests.at(schedule, "spec.method")).isEqualTo("plugin");
        assertThat(Manifests.at(schedule, "spec.pluginConfiguration.name")).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat((String) Manifests.at(schedule, "spec.schedule")).matches("\\S+( \\S+){5}");
    }

    @Test
    void backups_are_off_by_default_and_need_a_destination_when_on() {
        Manifests cnpg = Chart.render(List.of(), Map.of("cnpg.enabled", "true"));

        assertThat(cnpg.kinds()).doesNotContain("ObjectStore", "ScheduledBackup");
        assertThat(Manifests.at(cnpg.one("Cluster"), "spec.plugins")).isNull();
        assertThatThrownBy(() -> Chart.render(List.of(), Map.of("cnpg.enabled", "true", "cnpg.backup.enabled", "true")))
                .hasMessageContaining("destinationPath");
        assertThatThrownBy(() -> Chart.render(List.of(), Map.of("cnpg.backup.retentionPolicy", "forever")))
                .hasMessageContaining("retentionPolicy");
    }

    @Test
    void templates_use_no_random_or_time_functions() throws IOException {
        // a value that changes on every render would keep Argo CD forever out of sync
        Pattern unstable = Pattern.compile(
                "\\b(rand[A-Za-z]*|uuidv4|genPrivateKey|genCA|genSelfSignedCert|now|lookup)\\b");
        try (Stream<Path> files = Files.walk(Chart.DIR.resolve("templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern(unstable);
            }
        }
    }

    private static Map<String, String> secretRefs(Map<String, Object> container) {
        return Manifests.listAt(container, "env").stream()
                .filter(env -> Manifests.at(env, "valueFrom.secretKeyRef") != null)
                .collect(Collectors.toMap(env -> (String) env.get("name"),
                        env -> Manifests.at(env, "valueFrom.secretKeyRef.name") + "/"
                                + Manifests.at(env, "valueFrom.secretKeyRef.key")));
    }
}
