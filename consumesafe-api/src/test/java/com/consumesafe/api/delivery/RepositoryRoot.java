package com.consumesafe.api.delivery;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder, found from the module's working directory, so tests read the committed files. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("charts")) && Files.isDirectory(dir.resolve("argocd"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no folder with charts/ above " + Path.of("").toAbsolutePath());
    }
}
