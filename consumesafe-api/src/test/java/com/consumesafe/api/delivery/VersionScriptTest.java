package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .github/scripts/version.sh in a repository holding this project's own pom.xml, with tags and a main branch. */
class VersionScriptTest {

    private static final Path ROOT = RepositoryRoot.find();
    private static final Path SCRIPT = ROOT.resolve(".github/scripts/version.sh");
    private static final String POM_VERSION = "0.1.0-SNAPSHOT";

    @TempDir
    Path repo;

    private String pom;

    @BeforeEach
    void a_repository_with_the_project_pom() throws IOException {
        pom = Files.readString(ROOT.resolve("pom.xml"));
        // the tests set their own version in that place of the real file
        assertThat(pom).contains("<artifactId>consumesafe</artifactId>\n    <version>");
        Command.git(repo, "init", "--quiet");
        commitPom(POM_VERSION, "first");
    }

    @Test
    void a_branch_build_is_the_pom_version_and_the_short_commit() throws IOException {
        String sha = head();

        assertThat(version("branch", "develop", sha)).isEqualTo(
                "version=0.1.0-" + sha.substring(0, 7) + "\nbuild_tag=sha-" + sha.substring(0, 7) + "\nrelease=false");
    }

    @Test
    void after_a_release_tag_the_next_build_is_the_next_patch() throws IOException {
        Command.git(repo, "tag", "v0.1.0");
        commitPom(POM_VERSION, "second");
        Command.git(repo, "tag", "v0.0.9", "HEAD~1");

        assertThat(version("branch", "main", head())).startsWith("version=0.1.1-" + head().substring(0, 7) + "\n");
    }

    @Test
    void a_pom_version_ahead_of_the_last_tag_wins() throws IOException {
        Command.git(repo, "tag", "v0.1.0");
        commitPom("0.2.0-SNAPSHOT", "start 0.2.0");

        assertThat(version("branch", "main", head())).startsWith("version=0.2.0-" + head().substring(0, 7) + "\n");
    }

    @Test
    void a_tag_only_counts_once_it_is_in_the_commit_history() throws IOException {
        String before = head();
        commitPom(POM_VERSION, "second");
        Command.git(repo, "tag", "v0.1.0");

        assertThat(version("branch", "develop", before)).startsWith("version=0.1.0-" + before.substring(0, 7));
        assertThat(version("branch", "develop", head())).startsWith("version=0.1.1-" + head().substring(0, 7));
    }

    @Test
    void a_release_tag_on_main_is_that_version_everywhere() throws IOException {
        Command.git(repo, "update-ref", "refs/remotes/origin/main", "HEAD");
        String sha = head();

        assertThat(version("tag", "v1.2.3", sha)).isEqualTo(
                "version=1.2.3\nbuild_tag=sha-" + sha.substring(0, 7) + "-v1.2.3\nrelease=true");
    }

    @Test
    void refuses_a_tag_off_main_a_malformed_tag_and_a_shallow_clone() throws IOException {
        String onMain = head();
        Command.git(repo, "update-ref", "refs/remotes/origin/main", "HEAD");
        commitPom(POM_VERSION, "on a feature branch");

        Command offMain = run("tag", "v1.2.3", head());
        Command malformed = run("tag", "v1.2", onMain);
        Command noSha = run("branch", "main", "HEAD");
        Path shallow = repo.resolveSibling(repo.getFileName() + "-shallow");
        Command.git(repo.getParent(), "clone", "--quiet", "--depth", "1", "file://" + repo, shallow.toString());
        Command shallowClone = Command.bash(shallow, Map.of(), SCRIPT, "branch", "main",
                Command.git(shallow, "rev-parse", "HEAD"));

        assertThat(offMain.exitCode()).isEqualTo(1);
        assertThat(offMain.output()).contains("is not on main");
        assertThat(malformed.exitCode()).isEqualTo(1);
        assertThat(malformed.output()).contains("is not a release tag vX.Y.Z");
        assertThat(noSha.exitCode()).isEqualTo(1);
        assertThat(shallowClone.exitCode()).isEqualTo(1);
        assertThat(shallowClone.output()).contains("shallow");
    }

    private void commitPom(String version, String message) throws IOException {
        Files.writeString(repo.resolve("pom.xml"), pom.replaceFirst(
                "(<artifactId>consumesafe</artifactId>\\s*<version>)[^<]+(</version>)", "$1" + version + "$2"));
        Command.git(repo, "add", "pom.xml");
        Command.git(repo, "commit", "--quiet", "--allow-empty", "-m", message);
    }

    private String head() throws IOException {
        return Command.git(repo, "rev-parse", "HEAD");
    }

    private String version(String refType, String refName, String sha) throws IOException {
        Command result = run(refType, refName, sha);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output().strip();
    }

    private Command run(String refType, String refName, String sha) throws IOException {
        return Command.bash(repo, Map.of(), SCRIPT, refType, refName, sha);
    }
}
