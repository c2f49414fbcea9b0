package com.consumesafe.api.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The curators' bearer tokens, from CONSUMESAFE_ADMIN_TOKEN: a comma-separated list whose entries are
 * {@code label=token} or a bare token (labelled by the start of its hash). Only digests are kept, and a
 * presented token is compared with every one of them in constant time.
 */
public final class CuratorTokens {

    static final int MIN_LENGTH = 24;

    private final List<Curator> curators;

    private CuratorTokens(List<Curator> curators) {
        this.curators = List.copyOf(curators);
    }

    /** Parses the configured list; refuses, without repeating it, a token too short to be safe. */
    public static CuratorTokens parse(String configured) {
        List<Curator> curators = new ArrayList<>();
        if (configured == null || configured.isBlank()) {
            return new CuratorTokens(curators);
        }
        for (String entry : configured.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int separator = trimmed.indexOf('=');
            String token = separator < 0 ? trimmed : trimmed.substring(separator + 1).strip();
            if (token.length() < MIN_LENGTH) {
                throw new IllegalStateException("CONSUMESAFE_ADMIN_TOKEN: entry " + (curators.size() + 1)
                        + " has a token shorter than " + MIN_LENGTH + " characters");
            }
            byte[] digest = sha256(token);
            String label = separator < 0 ? "token-" + HexFormat.of().formatHex(digest, 0, 4)
                    : trimmed.substring(0, separator).strip();
            curators.add(new Curator(label, digest));
        }
        return new CuratorTokens(curators);
    }

    public boolean isEmpty() {
        return curators.isEmpty();
    }

    /** The label of the curator who holds this token, if any. */
    public Optional<String> curatorHolding(String presented) {
        byte[] digest = sha256(presented);
        String found = null;
        for (Curator curator : curators) {
            // no early exit: the time taken does not depend on which token matched
            if (MessageDigest.isEqual(curator.digest(), digest) && found == null) {
                found = curator.label();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Curator(String label, byte[] digest) {
    }
}
