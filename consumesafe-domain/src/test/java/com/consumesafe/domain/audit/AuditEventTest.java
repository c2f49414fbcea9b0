package com.consumesafe.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void needs_an_actor_an_action_and_an_entity() {
        assertThatThrownBy(() -> new AuditEvent(null, " ", "list.saved", "list", "x", Map.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "actor");
        assertThatThrownBy(() -> new AuditEvent(null, "alice", "a".repeat(65), "list", "x", Map.of()))
                .hasFieldOrPropertyWithValue("field", "action");
    }

    @Test
    void stamps_the_time_and_copies_the_detail() {
        Map<String, String> detail = new HashMap<>(Map.of("title", "x"));
        AuditEvent event = new AuditEvent(null, "alice", "list.saved", "list", "x", detail);
        detail.put("title", "changed afterwards");

        assertThat(event.at()).isNotNull();
        assertThat(event.detail()).containsEntry("title", "x");
        assertThat(new AuditEvent(null, "alice", "list.saved", "list", null, null).detail()).isEmpty();
    }
}
