package com.consumesafe.api.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program run to its end in a folder, stdout and stderr together: how the delivery tests run scripts and git. */
record Command(int exitCode, String output) {

    /** Variables the scripts read that a developer's or CI's shell may have set; every test states its own. */
    private static final List<String> CLEARED = List.of("ARGOCD_SERVER", "ARGOCD_AUTH_TOKEN", "ARGOCD_CACERT",
            "GITHUB_ACTIONS", "GITHUB_OUTPUT", "RELEASE_REMOTE", "RELEASE_WAIT_SECONDS", "RELEASE_POLL_SECONDS",
            "GIT_DIR", "GIT_WORK_TREE");

    static Command run(Path dir, Map<String, String> environment, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        CLEARED.forEach(builder.environment()::remove);
        // commits made by the tests themselves need an identity; the scripts set their own
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", "test", "GIT_AUTHOR_EMAIL", "test@example.com",
                "GIT_COMMITTER_NAME", "test", "GIT_COMMITTER_EMAIL", "test@example.com",
                "GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish: " + String.join(" ", command) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Command(process.exitValue(), output);
    }

    static Command bash(Path dir, Map<String, String> environment, Path script, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        return run(dir, environment, command);
    }

    /** git in a folder; a failure is the test's own setup going wrong, so it throws. */
    static String git(Path dir, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Command result = run(dir, Map.of(), command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " in " + dir + ": " + result.output());
        }
        return result.output().strip();
    }

    static boolean onPath(String program) {
        try {
            return run(Path.of("."), Map.of(), List.of("bash", "-c", "command -v " + program)).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
