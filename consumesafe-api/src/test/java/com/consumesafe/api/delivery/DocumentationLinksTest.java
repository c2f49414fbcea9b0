package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link in README.md and docs/ leads to a file of the repository, and to a heading there if named. */
class DocumentationLinksTest {

    private static final Path ROOT = RepositoryRoot.find();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    @Test
    void every_relative_link_resolves_inside_the_repository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String link : links(page)) {
                String problem = problem(page, link);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": " + link + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void finds_links_and_tells_a_heading_from_a_missing_one() {
        Path readme = ROOT.resolve("README.md");
        assertThat(problem(readme, "docs/nowhere.md")).isEqualTo("no such file");
        assertThat(problem(readme, "../outside.md")).isEqualTo("outside the repository");
        assertThat(problem(readme, "#no-such-heading")).isEqualTo("no such heading");
        assertThat(problem(readme, "pom.xml")).isNull();
        assertThat(anchors(List.of("## What `mvn verify` checks", "# Run it, test it"))).containsExactlyInAnyOrder(
                "what-mvn-verify-checks", "run-it-test-it");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
        }
    }

    /** The link targets of a page, outside fenced code blocks. */
    private static List<String> links(Path page) throws IOException {
        List<String> links = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) {
                code = !code;
            } else if (!code) {
                Matcher matcher = LINK.matcher(line);
                while (matcher.find()) {
                    links.add(matcher.group(1));
                }
            }
        }
        return links;
    }

    /** What is wrong with a link from a page, or null when it leads somewhere; links to other sites are not checked. */
    private static String problem(Path page, String link) {
        if (EXTERNAL.matcher(link).matches()) {
            return null;
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (file.startsWith("/") || !target.startsWith(ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(target)) {
            return "no such file";
        }
        if (hash >= 0 && target.toString().endsWith(".md") && !headings(target).contains(link.substring(hash + 1))) {
            return "no such heading";
        }
        return null;
    }

    private static Set<String> headings(Path page) {
        try {
            return anchors(Files.readAllLines(page).stream().filter(line -> line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens. */
    private static Set<String> anchors(List<String> headings) {
        return headings.stream()
                .map(heading -> heading.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
