package com.consumesafe.api.answers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * This replica's JSON answers for the current catalog version. A new version starts an empty generation, so an
 * answer computed from the catalog as it was goes, at worst, into a generation nobody reads any more.
 */
@Component
class AnswerCache {

    private final JsonMapper json;
    private final long maxBytes;
    private final AtomicReference<Generation> current = new AtomicReference<>(Generation.UNKNOWN);

    AnswerCache(JsonMapper json, AnswerProperties properties) {
        this.json = json;
        this.maxBytes = properties.cacheSize().toBytes();
    }

    /** The version the catalog is at, or empty when it cannot be told. */
    void catalogAt(OptionalLong version) {
        Generation generation = current.get();
        if (version.isEmpty()) {
            current.set(Generation.UNKNOWN);
        } else if (generation.version() != version.getAsLong()) {
            // evictions on the writing thread: bounded at once, and no task for the common pool
            current.set(new Generation(version.getAsLong(), Caffeine.newBuilder().executor(Runnable::run)
                    .maximumWeight(maxBytes)
                    .<String, byte[]>weigher((key, answer) -> key.length() * 2 + answer.length).build()));
        }
    }

    /** The catalog version answers are kept for, or empty when it is not known. */
    OptionalLong version() {
        Generation generation = current.get();
        return generation.answers() == null ? OptionalLong.empty() : OptionalLong.of(generation.version());
    }

    /** The JSON of the answer under this key, computed (and kept when the version is known) on a miss. */
    byte[] answer(String key, Supplier<?> compute) {
        Generation generation = current.get();
        if (generation.answers() == null) {
            return json.writeValueAsBytes(compute.get());
        }
        byte[] answer = generation.answers().getIfPresent(key);
        if (answer == null) {
            answer = json.writeValueAsBytes(compute.get());
            generation.answers().put(key, answer);
        }
        return answer;
    }

    private record Generation(long version, Cache<String, byte[]> answers) {

        static final Generation UNKNOWN = new Generation(-1, null);
    }
}
