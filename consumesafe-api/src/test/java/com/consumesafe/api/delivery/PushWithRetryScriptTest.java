package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .github/scripts/push-with-retry.sh: a push rejected because someone merged meanwhile is rebased and retried. */
class PushWithRetryScriptTest {

    private static final Path SCRIPT = RepositoryRoot.find().resolve(".github/scripts/push-with-retry.sh");

    @TempDir
    Path dir;

    @Test
    void rebases_onto_a_concurrent_merge_and_pushes() throws Exception {
        Path origin = dir.resolve("origin.git");
        git(dir, "init", "--quiet", "--bare", origin.toString());
        Path release = dir.resolve("release");
        git(dir, "init", "--quiet", release.toString());
        git(release, "checkout", "--quiet", "-b", "main");
        git(release, "remote", "add", "origin", origin.toString());
        Files.writeString(release.resolve("values.yaml"), "tag: \"0.1.0\"\n");
        commit(release, "initial");
        git(release, "push", "--quiet", "origin", "HEAD:refs/heads/main");
        Path colleague = dir.resolve("colleague");
        git(dir, "clone", "--quiet", "--branch", "main", origin.toString(), colleague.toString());
        Files.writeString(colleague.resolve("feature.txt"), "merged meanwhile\n");
        commit(colleague, "a colleague's merge");
        git(colleague, "push", "--quiet", "origin", "HEAD:refs/heads/main");
        Files.writeString(release.resolve("values.yaml"), "tag: \"0.2.0\"\n");
        commit(release, "release(staging): consumesafe 0.2.0");

        Result result = run(release, "bash", SCRIPT.toString(), "main", "3");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("rejected (attempt 1 of 3)").contains("(attempt 2)");
        assertThat(git(origin, "log", "--format=%s", "main").output().lines().toList())
                .containsExactly("release(staging): consumesafe 0.2.0", "a colleague's merge", "initial");
    }

    @Test
    void gives_up_after_the_attempts_with_a_non_zero_exit() throws Exception {
        Path release = dir.resolve("release");
        git(dir, "init", "--quiet", release.toString());
        Files.writeString(release.resolve("values.yaml"), "tag: \"0.1.0\"\n");
        commit(release, "initial");
        // an origin that cannot be reached: every push fails, and so does the rebase
        git(release, "remote", "add", "origin", dir.resolve("missing.git").toString());

        Result result = run(release, "bash", SCRIPT.toString(), "main", "2");

        assertThat(result.exitCode()).isNotZero();
    }

    private static void commit(Path repo, String message) throws Exception {
        git(repo, "add", "--all");
        git(repo, "-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "--quiet", "-m", message);
        // the script's rebase commits too, as the workflow's configured bot would
        git(repo, "config", "user.name", "test");
        git(repo, "config", "user.email", "test@example.com");
    }

    private static Result git(Path repo, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        Result result = run(repo, command.toArray(String[]::new));
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + ": " + result.output());
        }
        return result;
    }

    private static Result run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    /** A finished command: exit code and stdout with stderr. */
    private record Result(int exitCode, String output) {
    }
}
