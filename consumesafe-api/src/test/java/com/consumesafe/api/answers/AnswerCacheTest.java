package com.consumesafe.api.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class AnswerCacheTest {

    private final AnswerCache cache = new AnswerCache(JsonMapper.builder().build(),
            new AnswerProperties(Duration.ofMillis(250), DataSize.ofKilobytes(1), Duration.ofSeconds(5)));
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void keeps_nothing_while_the_catalog_version_is_unknown() {
        assertThat(cache.version()).isEmpty();

        assertThat(answer("q=cola")).isEqualTo("{\"answer\":1}");
        assertThat(answer("q=cola")).isEqualTo("{\"answer\":2}");
    }

    @Test
    void keeps_an_answer_for_its_version_and_forgets_every_answer_when_the_version_moves() {
        cache.catalogAt(OptionalLong.of(7));
        assertThat(answer("q=cola")).isEqualTo("{\"answer\":1}");
        assertThat(answer("q=cola")).isEqualTo("{\"answer\":1}");
        cache.catalogAt(OptionalLong.of(7));
        assertThat(answer("q=cola")).as("the same version keeps it").isEqualTo("{\"answer\":1}");

        cache.catalogAt(OptionalLong.of(8));

        assertThat(cache.version()).hasValue(8);
        assertThat(answer("q=cola")).isEqualTo("{\"answer\":2}");
        cache.catalogAt(OptionalLong.empty());
        assertThat(cache.version()).isEmpty();
        assertThat(answer("q=cola")).isEqualTo("{\"answer\":3}");
    }

    @Test
    void keeps_no_refusal_and_no_more_bytes_than_its_size() {
        cache.catalogAt(OptionalLong.of(1));
        assertThatThrownBy(() -> cache.answer("q=x", () -> {
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");
        assertThat(answer("q=x")).isEqualTo("{\"answer\":1}");

        String large = "x".repeat(600);
        cache.answer("large-1", () -> Map.of("text", large));
        cache.answer("large-2", () -> Map.of("text", large));
        cache.answer("large-3", () -> Map.of("text", large));
        long kept = Stream.of("large-1", "large-2", "large-3", "q=x")
                .filter(key -> new String(cache.answer(key, () -> Map.of("recomputed", true)),
                        StandardCharsets.UTF_8).contains("text")).count();
        assertThat(kept).isLessThanOrEqualTo(1);
    }

    private String answer(String key) {
        return new String(cache.answer(key, () -> Map.of("answer", computed.incrementAndGet())),
                StandardCharsets.UTF_8);
    }
}
