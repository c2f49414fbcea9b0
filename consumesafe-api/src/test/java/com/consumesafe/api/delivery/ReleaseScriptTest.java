package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.consumesafe.api.delivery.FakeArgoCd.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .github/scripts/release.sh end to end, as the release job runs it: in a clone of a remote whose main and develop
 * refuse direct pushes the way GitHub does (GH006), against a stand-in Argo CD answering each case. Every test checks
 * what the remote holds afterwards and that main and develop were never pushed to.
 */
class ReleaseScriptTest {

    private static final Path SCRIPT = RepositoryRoot.find().resolve(".github/scripts/release.sh");
    private static final String IMAGE = "ghcr.io/consumesafe/consumesafe-api";
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final String OLD_DIGEST = "sha256:" + "fedcba9876543210".repeat(4);
    private static final String BRANCH = "env/production";
    private static final String PIN = "refs/heads/" + BRANCH;
    private static final String TOKEN = "argocd-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path dir;

    private ProtectedRemote remote;
    private Path clone;
    private String first;
    private String second;

    @BeforeAll
    static void needs_curl_and_jq() {
        // both are on GitHub's runners, where the script runs, and .ci/run installs them
        assumeTrue(Command.onPath("curl") && Command.onPath("jq"), "curl and jq are needed by the release scripts");
    }

    @BeforeEach
    void a_protected_remote_and_a_clone_of_it() throws IOException {
        remote = ProtectedRemote.withProtectedMainAndDevelop(dir);
        clone = remote.cloneInto(dir.resolve("checkout"));
        first = Command.git(clone, "rev-parse", "HEAD~1");
        second = Command.git(clone, "rev-parse", "HEAD");
    }

    @Test
    void the_remote_refuses_a_direct_push_to_main_as_github_does() throws IOException {
        Files.writeString(clone.resolve("README.md"), "a change without a pull request\n");
        Command.git(clone, "commit", "--quiet", "-am", "straight to main");

        Command push = Command.run(clone, Map.of(), List.of("git", "push", "origin", "HEAD:refs/heads/main"));

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.output()).contains("GH006: Protected branch update failed for refs/heads/main");
        assertThat(remote.pushAttempts()).containsExactly("refs/heads/main");
        assertThat(remote.tip("main")).isEqualTo(second);
    }

    @Test
    void pins_the_image_on_the_environment_branch_and_ends_when_argo_cd_reports_healthy() throws IOException {
        try (FakeArgoCd argo = FakeArgoCd.http(request -> request == 0 ? state("OutOfSync", "Healthy", "Succeeded")
                : state("Synced", "Healthy", "Succeeded"))) {
            Command result = release(argo(argo.url()), second, "0.2.0-" + second.substring(0, 7), DIGEST);

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(remote.show(BRANCH, "image.yaml")).contains("  repository: \"" + IMAGE + "\"\n",
                    "  tag: \"0.2.0-" + second.substring(0, 7) + "\"\n", "  digest: \"" + DIGEST + "\"\n",
                    "Built from " + second + ".");
            assertThat(remote.subjects(BRANCH)).containsExactly(
                    "release(production): consumesafe 0.2.0-" + second.substring(0, 7) + " (" + second.substring(0, 7)
                            + ")");
            assertThat(remote.pushAttempts()).containsExactly(PIN);
            assertThat(remote.tip("main")).isEqualTo(second);
            // the check before the pin, then the wait, whose first request asks Argo CD to refresh
            assertThat(argo.requests().get(0)).isEqualTo("Bearer " + TOKEN
                    + " /api/v1/applications/consumesafe-production");
            assertThat(argo.requests().get(1)).endsWith("/api/v1/applications/consumesafe-production?refresh=normal");
        }
    }

    @Test
    void reverts_the_pin_at_once_when_the_rollout_turns_degraded() throws IOException {
        String previous = previousRelease();
        try (FakeArgoCd argo = FakeArgoCd.http(request -> request == 0 ? state("Synced", "Healthy", "Succeeded")
                : state("Synced", "Degraded", "Succeeded"))) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(5);
            assertThat(result.output()).contains("consumesafe-production is Degraded at", "reverted env/production");
            assertRolledBackTo(previous);
            // a verdict on the first answer at our revision, not at the end of the 20 s wait
            assertThat(argo.requests()).hasSize(2);
        }
    }

    @Test
    void reverts_the_pin_when_the_sync_at_our_revision_fails() throws IOException {
        String previous = previousRelease();
        try (FakeArgoCd argo = FakeArgoCd.http(request -> request < 2 ? state("OutOfSync", "Healthy", "Running")
                : state("OutOfSync", "Healthy", "Failed"))) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(5);
            assertThat(result.output()).contains("ended Failed: Failed by the test");
            assertRolledBackTo(previous);
            assertThat(argo.requests()).hasSize(3);
        }
    }

    @Test
    void a_refused_token_fails_before_anything_is_pinned() throws IOException {
        try (FakeArgoCd argo = FakeArgoCd.http(request -> Answer.error(401, "invalid session"))) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
            assertThat(result.output()).contains("refused the token (401)", "nothing was pinned");
            assertNothingPushed();
            assertThat(argo.requests()).hasSize(1);
        }
    }

    @Test
    void an_unknown_application_fails_before_anything_is_pinned() throws IOException {
        String previous = previousRelease();
        try (FakeArgoCd argo = FakeArgoCd.http(request -> Answer.error(404, "application not found"))) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
            assertThat(result.output()).contains("no application consumesafe-production", "(404)");
            assertThat(remote.tip(BRANCH)).isEqualTo(previous);
            assertThat(remote.pushAttempts()).containsExactly(PIN);
        }
    }

    @Test
    void an_unreachable_argo_cd_fails_before_anything_is_pinned() throws IOException {
        Command result = release(argo("http://127.0.0.1:" + closedPort()), second, "0.2.0", DIGEST);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
        assertThat(result.output()).contains("cannot reach http://127.0.0.1:");
        assertNothingPushed();
    }

    @Test
    void a_token_revoked_during_the_wait_keeps_the_pin_and_does_not_roll_back() throws IOException {
        previousRelease();
        try (FakeArgoCd argo = FakeArgoCd.http(request -> request == 0 ? state("Synced", "Healthy", "Succeeded")
                : Answer.error(401, "token revoked"))) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(4);
            assertThat(result.output()).contains("the pin stays, nothing is rolled back");
            assertThat(remote.show(BRANCH, "image.yaml")).contains(DIGEST);
            assertThat(remote.subjects(BRANCH)).noneMatch(subject -> subject.startsWith("Revert"));
        }
    }

    @Test
    void no_verdict_in_time_keeps_the_pin_and_does_not_roll_back() throws IOException {
        previousRelease();
        try (FakeArgoCd argo = FakeArgoCd.http(request -> state("Synced", "Progressing", "Succeeded"))) {
            Map<String, String> environment = new HashMap<>(argo(argo.url()));
            environment.put("RELEASE_WAIT_SECONDS", "2");

            Command result = release(environment, second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
            assertThat(result.output()).contains("no verdict", "nothing is rolled back");
            assertThat(remote.show(BRANCH, "image.yaml")).contains(DIGEST);
            assertThat(remote.pushAttempts()).containsExactly(PIN, PIN);
        }
    }

    @Test
    void a_failed_first_release_has_nothing_to_revert_to() throws IOException {
        try (FakeArgoCd argo = FakeArgoCd.http(request -> state("Synced", "Degraded", "Succeeded"))) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).contains("no earlier pin to return to");
            assertThat(remote.pushAttempts()).containsExactly(PIN);
        }
    }

    @Test
    void a_protected_environment_branch_refuses_once_and_says_why() throws IOException {
        remote.protect(BRANCH);

        Command result = release(Map.of(), second, "0.2.0", DIGEST);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("GH006", "the branch is protected against the release job");
        assertThat(remote.pushAttempts()).containsExactly(PIN);
        assertThat(remote.tip(BRANCH)).isNull();
    }

    @Test
    void a_second_writer_during_the_release_fails_the_push_at_once_without_retry() throws IOException {
        previousRelease();
        Path other = remote.cloneInto(dir.resolve("other-writer"));
        try (FakeArgoCd argo = FakeArgoCd.http(request -> {
            if (request == 0) {
                // someone writes the branch between the release's fetch and its push
                Command.git(other, "fetch", "--quiet", "origin", BRANCH);
                Command.git(other, "checkout", "--quiet", "-b", "edit", "FETCH_HEAD");
                Files.writeString(other.resolve("image.yaml"), "image:\n  tag: \"by-hand\"\n");
                Command.git(other, "commit", "--quiet", "-am", "an edit by hand");
                Command.git(other, "push", "--quiet", "origin", "HEAD:" + PIN);
            }
            return state("Synced", "Healthy", "Succeeded");
        })) {
            Command result = release(argo(argo.url()), second, "0.2.0", DIGEST);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).contains("env/production moved while this release ran");
            // git refuses a non-fast-forward push before the remote sees it: one refusal, no second try
            assertThat(result.output().split("\\[rejected\\]", -1)).hasSize(2);
            assertThat(remote.pushAttempts()).containsExactly(PIN, PIN);
            assertThat(remote.subjects(BRANCH).get(0)).isEqualTo("an edit by hand");
        }
    }

    @Test
    void refuses_an_environment_branch_that_holds_more_than_the_pin() throws IOException {
        previousRelease();
        Path other = remote.cloneInto(dir.resolve("other-writer"));
        Command.git(other, "checkout", "--quiet", "-b", "edit", "origin/" + BRANCH);
        Files.writeString(other.resolve("image.yaml"), "replicaCount: 0\n", StandardOpenOption.APPEND);
        Command.git(other, "commit", "--quiet", "-am", "scale production to zero without review");
        Command.git(other, "push", "--quiet", "origin", "HEAD:" + PIN);

        Command result = release(Map.of(), second, "0.2.0", DIGEST);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("is not in the form the release job writes");
        assertThat(remote.pushAttempts()).containsExactly(PIN, PIN);
    }

    @Test
    void an_older_build_never_replaces_the_pin_of_a_newer_one() throws IOException {
        assertThat(release(Map.of(), second, "0.2.0", DIGEST).exitCode()).isZero();

        Command result = release(Map.of(), first, "0.1.9", OLD_DIGEST);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("newer than " + first.substring(0, 7) + ": nothing to release");
        assertThat(remote.show(BRANCH, "image.yaml")).contains(DIGEST);
        assertThat(remote.pushAttempts()).containsExactly(PIN);
    }

    @Test
    void the_same_pin_twice_pushes_once() throws IOException {
        assertThat(release(Map.of(), second, "0.2.0", DIGEST).exitCode()).isZero();

        Command again = release(Map.of(), second, "0.2.0", DIGEST);

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("already runs");
        assertThat(remote.pushAttempts()).containsExactly(PIN);
    }

    @Test
    void without_argo_cd_it_pins_and_says_it_cannot_wait() throws IOException {
        Command result = release(Map.of(), second, "0.2.0", DIGEST);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("not waiting for the rollout, no automatic rollback");
        assertThat(remote.show(BRANCH, "image.yaml")).contains(DIGEST);
    }

    @Test
    void the_chart_renders_the_pushed_pin_as_argo_cd_layers_it() throws IOException {
        assertThat(release(Map.of(), second, "1.4.0", DIGEST).exitCode()).isZero();
        Path pin = Files.writeString(dir.resolve("image.yaml"), remote.show(BRANCH, "image.yaml"));

        Map<String, Object> deployment = Chart.render(List.of(Chart.valuesFile("values-production.yaml"), pin),
                Map.of()).one("Deployment");

        assertThat(Manifests.container(deployment).get("image")).isEqualTo(IMAGE + "@" + DIGEST);
        assertThat(Manifests.mapAt(deployment, "metadata.labels")).containsEntry("app.kubernetes.io/version", "1.4.0");
    }

    @Test
    void refuses_malformed_input_without_pushing() throws IOException {
        List<List<String>> refused = List.of(
                List.of("qa", IMAGE, "0.2.0", DIGEST, second),
                List.of("production", IMAGE, "0.2.0", "sha256:abc", second),
                List.of("production", IMAGE, "0.2.0\"; rm -rf /", DIGEST, second),
                List.of("production", "ghcr.io/Owner/Image", "0.2.0", DIGEST, second),
                List.of("production", IMAGE, "0.2.0", DIGEST, "main"),
                List.of("production", IMAGE, "0.2.0", DIGEST));
        for (List<String> arguments : refused) {
            Command result = Command.bash(clone, Map.of(), SCRIPT, arguments.toArray(String[]::new));

            assertThat(result.exitCode()).as("%s: %s", arguments, result.output()).isEqualTo(2);
        }
        assertNothingPushed();
    }

    /** The application as Argo CD would show it now: chart from main, pin from the environment branch's tip. */
    private Answer state(String sync, String health, String phase) throws IOException {
        String pin = remote.tip(BRANCH);
        List<String> revisions = pin == null ? List.of(second) : List.of(second, pin);
        return new Answer(200, FakeArgoCd.application("consumesafe-production", sync, health, revisions, phase,
                revisions));
    }

    /** A release of the older commit, pinned without Argo CD: what the failed release must return to. */
    private String previousRelease() throws IOException {
        Command result = release(Map.of(), first, "0.1.9", OLD_DIGEST);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return remote.tip(BRANCH);
    }

    private void assertRolledBackTo(String previous) throws IOException {
        assertThat(remote.subjects(BRANCH)).hasSize(3).first().asString().startsWith("Revert \"release(production)");
        assertThat(Command.git(remote.bare, "diff", previous, PIN)).isEmpty();
        assertThat(remote.show(BRANCH, "image.yaml")).contains(OLD_DIGEST);
        assertThat(remote.pushAttempts()).containsExactly(PIN, PIN, PIN);
        assertThat(remote.tip("main")).isEqualTo(second);
    }

    private void assertNothingPushed() throws IOException {
        assertThat(remote.pushAttempts()).isEmpty();
        assertThat(remote.tip(BRANCH)).isNull();
    }

    private Command release(Map<String, String> environment, String builtFrom, String tag, String digest)
            throws IOException {
        return Command.bash(clone, environment, SCRIPT, "production", IMAGE, tag, digest, builtFrom);
    }

    private static Map<String, String> argo(String url) {
        return Map.of("ARGOCD_SERVER", url, "ARGOCD_AUTH_TOKEN", TOKEN, "RELEASE_WAIT_SECONDS", "20",
                "RELEASE_POLL_SECONDS", "1");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
