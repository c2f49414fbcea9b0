package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .github/scripts/bump-image.sh on a throw-away Git repository holding a copy of the chart. */
class BumpImageScriptTest {

    private static final Path ROOT = RepositoryRoot.find();
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    @TempDir
    Path repo;

    @BeforeEach
    void copy_the_chart_and_the_script_into_a_fresh_repository() throws Exception {
        copyTree(ROOT.resolve("charts"), repo.resolve("charts"));
        Path scripts = Files.createDirectories(repo.resolve(".github/scripts"));
        Files.copy(ROOT.resolve(".github/scripts/bump-image.sh"), scripts.resolve("bump-image.sh"));
        run(repo, "git", "init", "--quiet");
        run(repo, "git", "add", "--all");
        run(repo, "git", "-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "--quiet", "-m", "chart");
    }

    @Test
    void changes_exactly_the_tag_and_digest_lines() throws Exception {
        Path values = repo.resolve("charts/consumesafe/values-staging.yaml");
        List<String> before = Files.readAllLines(values);

        Result result = bump("staging", "0.2.0-sha-abc1234", DIGEST);

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> after = Files.readAllLines(values);
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).extracting(after::get)
                .containsExactly("  tag: \"0.2.0-sha-abc1234\"", "  digest: \"" + DIGEST + "\"");
        assertThat(run(repo, "git", "status", "--porcelain").output().strip())
                .isEqualTo("M charts/consumesafe/values-staging.yaml");
        assertThat(run(repo, "git", "diff", "--numstat").output().strip())
                .isEqualTo("2\t2\tcharts/consumesafe/values-staging.yaml");
    }

    @Test
    void a_second_run_changes_nothing() throws Exception {
        assertThat(bump("production", "0.2.0", DIGEST).exitCode()).isZero();
        run(repo, "git", "-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "--quiet", "-am", "bump");

        Result again = bump("production", "0.2.0", DIGEST);

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(run(repo, "git", "status", "--porcelain").output()).isEmpty();
    }

    @Test
    void works_from_any_working_directory() throws Exception {
        Result result = run(Files.createTempDirectory("elsewhere"), "bash",
                repo.resolve(".github/scripts/bump-image.sh").toString(), "staging", "0.3.0", DIGEST);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(Files.readString(repo.resolve("charts/consumesafe/values-staging.yaml")))
                .contains("  tag: \"0.3.0\"\n  digest: \"" + DIGEST + "\"\n");
    }

    @Test
    void refuses_a_malformed_digest_an_unknown_environment_or_a_malformed_tag() throws Exception {
        List<List<String>> refused = List.of(
                List.of("staging", "0.2.0", "sha256:abc"),
                List.of("staging", "0.2.0", "sha256:" + "0123456789ABCDEF".repeat(4)),
                List.of("staging", "0.2.0", "md5:" + "0123456789abcdef".repeat(4)),
                List.of("staging", "0.2.0", ""),
                List.of("qa", "0.2.0", DIGEST),
                List.of("../staging", "0.2.0", DIGEST),
                List.of("staging", "0.2.0\"; rm -rf /", DIGEST),
                List.of("staging", "", DIGEST),
                List.of("staging", "0.2.0"));
        for (List<String> arguments : refused) {
            Result result = bump(arguments.toArray(String[]::new));

            assertThat(result.exitCode()).as("%s", arguments).isNotZero();
            assertThat(result.output()).as("%s", arguments).startsWith("bump-image: ");
            assertThat(run(repo, "git", "status", "--porcelain").output()).as("%s", arguments).isEmpty();
        }
    }

    private Result bump(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(repo.resolve(".github/scripts/bump-image.sh").toString());
        command.addAll(List.of(arguments));
        return run(repo, command.toArray(String[]::new));
    }

    private static Result run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A finished command: exit code and stdout with stderr. */
    private record Result(int exitCode, String output) {
    }
}
