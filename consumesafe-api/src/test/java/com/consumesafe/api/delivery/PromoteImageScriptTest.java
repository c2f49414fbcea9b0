package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .github/scripts/promote-image.sh with a stand-in crane on the PATH: a registry kept as one file per tag (holding
 * the digest it names), answering digest and tag the way crane does. No registry is reachable from here.
 */
class PromoteImageScriptTest {

    private static final Path SCRIPT = RepositoryRoot.find().resolve(".github/scripts/promote-image.sh");
    private static final String IMAGE = "ghcr.io/consumesafe/consumesafe-api";
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final String OTHER = "sha256:" + "fedcba9876543210".repeat(4);
    private static final String CRANE = """
            #!/usr/bin/env bash
            set -euo pipefail
            registry=$(dirname "$0")/registry
            echo "crane $*" >>"$registry/calls"
            [[ ! -e $registry/broken ]] || { echo "GET https://ghcr.io/v2/: UNAUTHORIZED" >&2; exit 1; }
            case $1 in
                digest)
                    ref=$2
                    if [[ $ref == *@* ]]; then
                        grep -qxF "${ref#*@}" "$registry/digests" && { echo "${ref#*@}"; exit 0; }
                    elif [[ -f $registry/tag-${ref##*:} ]]; then
                        cat "$registry/tag-${ref##*:}"; exit 0
                    fi
                    echo "MANIFEST_UNKNOWN: manifest unknown" >&2; exit 1 ;;
                tag)
                    echo "${2#*@}" >"$registry/tag-$3" ;;
            esac
            """;

    @TempDir
    Path bin;

    private Path registry;

    @BeforeEach
    void a_registry_holding_two_images() throws IOException {
        registry = Files.createDirectories(bin.resolve("registry"));
        Files.writeString(registry.resolve("digests"), DIGEST + "\n" + OTHER + "\n");
        Path crane = Files.writeString(bin.resolve("crane"), CRANE);
        Files.setPosixFilePermissions(crane, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void tags_the_digest_with_its_version_then_its_branch() throws IOException {
        Command result = promote(DIGEST, "0.2.0-abc1234", "main");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(tag("0.2.0-abc1234")).isEqualTo(DIGEST);
        assertThat(tag("main")).isEqualTo(DIGEST);
        assertThat(calls()).endsWith("crane tag " + IMAGE + "@" + DIGEST + " 0.2.0-abc1234",
                "crane tag " + IMAGE + "@" + DIGEST + " main");
    }

    @Test
    void moves_a_branch_tag_but_never_a_version_tag() throws IOException {
        assertThat(promote(OTHER, "0.1.9-0000000", "main").exitCode()).isZero();
        assertThat(promote(OTHER, "1.0.0").exitCode()).isZero();

        Command moved = promote(DIGEST, "0.2.0-abc1234", "main");
        Command refused = promote(DIGEST, "1.0.0");

        assertThat(moved.exitCode()).as(moved.output()).isZero();
        assertThat(tag("main")).isEqualTo(DIGEST);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("1.0.0 already names " + OTHER, "never moved");
        assertThat(tag("1.0.0")).isEqualTo(OTHER);
        // the same digest again (a re-run) is no move
        assertThat(promote(OTHER, "1.0.0").exitCode()).isZero();
    }

    @Test
    void refuses_a_digest_the_registry_does_not_hold_or_a_registry_it_cannot_read() throws IOException {
        Command unknown = promote("sha256:" + "a".repeat(64), "0.2.0", "main");
        Files.writeString(registry.resolve("broken"), "");
        Command broken = promote(DIGEST, "0.2.0", "main");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("is not in the registry");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(calls()).noneMatch(call -> call.startsWith("crane tag"));
    }

    private Command promote(String... arguments) throws IOException {
        String[] all = new String[arguments.length + 1];
        all[0] = IMAGE;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return Command.bash(bin, Map.of("PATH", bin + ":" + System.getenv("PATH")), SCRIPT, all);
    }

    private String tag(String tag) throws IOException {
        return Files.readString(registry.resolve("tag-" + tag)).strip();
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(registry.resolve("calls"));
    }
}
