package com.consumesafe.api.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * A bare Git repository that refuses pushes to its protected branches the way GitHub refuses a push that skips the
 * pull request and its required checks (GH006, through a pre-receive hook), and records every ref a push tried.
 */
final class ProtectedRemote {

    // GitHub's wording for a protected branch with required pull requests and status checks
    private static final String HOOK = """
            #!/bin/sh
            while read old new ref; do
                echo "$ref" >>"$GIT_DIR/push-attempts"
                if grep -qxF "$ref" "$GIT_DIR/protected-branches"; then
                    echo "error: GH006: Protected branch update failed for $ref." >&2
                    echo "error: Changes must be made through a pull request." >&2
                    echo "error: Required status check \\"test (25)\\" is expected." >&2
                    exit 1
                fi
            done
            """;

    final Path bare;

    private ProtectedRemote(Path bare) {
        this.bare = bare;
    }

    /** A remote whose main and develop hold two commits ("first", then "second"), both protected from then on. */
    static ProtectedRemote withProtectedMainAndDevelop(Path dir) throws IOException {
        Path bare = dir.resolve("origin.git");
        Command.git(dir, "init", "--quiet", "--bare", bare.toString());
        Path seed = dir.resolve("seed");
        Command.git(dir, "init", "--quiet", seed.toString());
        for (String commit : List.of("first", "second")) {
            Files.writeString(seed.resolve("README.md"), "ConsumeSafe, " + commit + " commit\n");
            Command.git(seed, "add", "--all");
            Command.git(seed, "commit", "--quiet", "-m", commit);
        }
        Command.git(seed, "push", "--quiet", bare.toString(), "HEAD:refs/heads/main", "HEAD:refs/heads/develop");
        ProtectedRemote remote = new ProtectedRemote(bare);
        Files.writeString(bare.resolve("protected-branches"), "refs/heads/main\nrefs/heads/develop\n");
        Path hook = bare.resolve("hooks/pre-receive");
        Files.writeString(hook, HOOK);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        return remote;
    }

    void protect(String branch) throws IOException {
        Files.writeString(bare.resolve("protected-branches"), "refs/heads/" + branch + "\n",
                StandardOpenOption.APPEND);
    }

    /** Every ref a push tried to update, accepted or not, in order. */
    List<String> pushAttempts() throws IOException {
        Path attempts = bare.resolve("push-attempts");
        return Files.exists(attempts) ? Files.readAllLines(attempts) : List.of();
    }

    /** The branch's commit, or null when it does not exist. */
    String tip(String branch) throws IOException {
        Command result = Command.run(bare, Map.of(), List.of("git", "rev-parse", "--verify", "--quiet",
                "refs/heads/" + branch));
        return result.exitCode() == 0 ? result.output().strip() : null;
    }

    String show(String branch, String path) throws IOException {
        return Command.git(bare, "show", "refs/heads/" + branch + ":" + path) + "\n";
    }

    /** Subjects of the branch's commits, newest first. */
    List<String> subjects(String branch) throws IOException {
        return Command.git(bare, "log", "--format=%s", "refs/heads/" + branch).lines().toList();
    }

    /** A working clone, as actions/checkout leaves one (the whole history, origin pointing here). */
    Path cloneInto(Path dir) throws IOException {
        Command.git(bare.getParent(), "clone", "--quiet", bare.toString(), dir.toString());
        return dir;
    }
}
