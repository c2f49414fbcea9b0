package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pipeline's order and its failure paths, read from .github/workflows/ci.yml (actionlint checks the syntax). */
class WorkflowsTest {

    private static final Path GITHUB = RepositoryRoot.find().resolve(".github");
    private static final Map<String, Object> JOBS = jobs("ci.yml");

    @Test
    void notify_hears_a_failure_of_every_other_job() {
        Map<String, Object> notify = job("notify");
        Set<String> others = new HashSet<>(JOBS.keySet());
        others.remove("notify");

        assertThat(Manifests.stringsAt(notify, "needs")).containsExactlyInAnyOrderElementsOf(others);
        assertThat((String) notify.get("if")).contains("always()", "contains(needs.*.result, 'failure')");
    }

    @Test
    void sarif_uploads_never_fail_their_job_and_the_critical_gate_stays() {
        for (String scan : List.of("security", "image-scan")) {
            List<Map<String, Object>> steps = Manifests.listAt(job(scan), "steps");

            assertThat(steps).filteredOn(step -> String.valueOf(step.get("uses")).contains("upload-sarif"))
                    .singleElement().satisfies(upload -> assertThat(upload).containsEntry("continue-on-error", true));
            assertThat(steps).filteredOn(step -> !step.containsKey("continue-on-error")
                            && String.valueOf(step.get("uses")).startsWith("aquasecurity/trivy-action@"))
                    .anySatisfy(gate -> assertThat(Manifests.mapAt(gate, "with")).containsEntry("severity", "CRITICAL")
                            .containsEntry("ignore-unfixed", true).containsEntry("exit-code", 1));
        }
    }

    @Test
    void the_build_pushes_only_the_build_tag_and_promotion_waits_for_every_gate() {
        List<Map<String, Object>> build = Manifests.listAt(job("build"), "steps");
        String jib = run(build, "Build the image with Jib");

        // Jib builds into the runner's Docker only; the image with its AOT cache is the one pushed, once
        assertThat(jib).contains(":dockerBuild\"", "-Djib.to.image=\"${IMAGE}:${BUILD_TAG}-jib\"")
                .doesNotContain("jib.to.tags");
        assertThat(run(build, "Add the AOT cache to the image and push it")).contains(".github/scripts/aot-cache.sh");
        assertThat(names(build)).containsSubsequence("Build the image with Jib",
                "Add the AOT cache to the image and push it", "Smoke test the pushed image",
                "Load test the pushed image");
        assertThat(run(build, "Load test the pushed image")).contains("bench/load-check.sh --image");
        assertThat(Manifests.stringsAt(job("promote"), "needs")).containsExactlyInAnyOrder("build", "security",
                "image-scan");
        assertThat(Manifests.stringsAt(job("release"), "needs")).contains("promote");
        // attestations first, so a tag never names an image without its provenance and SBOM
        List<Map<String, Object>> promote = Manifests.listAt(job("promote"), "steps");
        assertThat(names(promote)).containsSubsequence("Attest the build provenance (SLSA)",
                "Attest the SBOM (CycloneDX)", "Tag the digest with its version and branch");
    }

    @Test
    void the_release_may_write_contents_and_nothing_else() {
        assertThat(Manifests.mapAt(job("release"), "permissions")).containsOnlyKeys("contents")
                .containsEntry("contents", "write");
        Map<String, Object> release = Manifests.mapAt(jobs("release.yml"), "release");
        assertThat(Manifests.mapAt(release, "permissions")).containsOnlyKeys("contents");
        assertThat(run(Manifests.listAt(release, "steps"), "Pin, wait for Argo CD, roll back on a failed rollout"))
                .startsWith(".github/scripts/release.sh ");
    }

    @Test
    void every_action_is_pinned_by_a_full_commit() throws IOException {
        Pattern uses = Pattern.compile("(?m)^\\s*(?:-\\s*)?uses:\\s*(\\S+)");
        List<String> references = new ArrayList<>();
        // the workflows and the composite actions; not .github/lint's node_modules
        try (Stream<Path> files = Stream.concat(Files.walk(GITHUB.resolve("workflows")),
                Files.walk(GITHUB.resolve("actions")))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".yml")).toList()) {
                Matcher match = uses.matcher(Files.readString(file));
                while (match.find()) {
                    references.add(match.group(1));
                }
            }
        }

        assertThat(references).hasSizeGreaterThan(10).allSatisfy(reference -> assertThat(reference)
                .matches("\\./\\.github/.*|[\\w.-]+/[\\w./-]+@[0-9a-f]{40}"));
    }

    @Test
    void every_script_a_step_runs_directly_is_executable() throws IOException {
        Pattern script = Pattern.compile("(?m)(?:^|\\s)(\\.github/scripts/[\\w.-]+\\.sh)");
        Set<String> called = new HashSet<>();
        for (String workflow : List.of("ci.yml", "release.yml")) {
            Matcher match = script.matcher(Files.readString(GITHUB.resolve("workflows").resolve(workflow)));
            while (match.find()) {
                called.add(match.group(1));
            }
        }

        assertThat(called).contains(".github/scripts/version.sh", ".github/scripts/promote-image.sh",
                ".github/scripts/release.sh");
        // release.sh runs await-argocd.sh directly too
        called.add(".github/scripts/await-argocd.sh");
        assertThat(called).allSatisfy(path -> assertThat(GITHUB.resolveSibling(path)).isExecutable());
    }

    private static Map<String, Object> job(String name) {
        return Manifests.mapAt(JOBS, name);
    }

    private static List<String> names(List<Map<String, Object>> steps) {
        return steps.stream().map(step -> String.valueOf(step.get("name"))).toList();
    }

    private static String run(List<Map<String, Object>> steps, String name) {
        return steps.stream().filter(step -> name.equals(step.get("name"))).map(step -> (String) step.get("run"))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + name));
    }

    private static Map<String, Object> jobs(String workflow) {
        try {
            return Manifests.mapAt(Manifests.parse(Files.readString(GITHUB.resolve("workflows").resolve(workflow)))
                    .all().get(0), "jobs");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
