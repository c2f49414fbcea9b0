package com.consumesafe.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link AuditTrail} must do; adapters' tests extend it. */
public abstract class AuditTrailContract {

    protected abstract AuditTrail trail();

    @Test
    void keeps_who_did_what_to_which_entity_newest_first() {
        Instant earlier = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        Instant later = earlier.plus(5, ChronoUnit.MINUTES);
        trail().record(new AuditEvent(earlier, "alice", "list.saved", "list", "contract-audit",
                Map.of("title", "First \"quoted\" title")));
        trail().record(new AuditEvent(later, "bob", "list.saved", "list", "contract-audit", Map.of()));
        trail().record(new AuditEvent(later, "bob", "list.saved", "list", "contract-other", Map.of()));

        assertThat(trail().of("list", "contract-audit"))
                .extracting(AuditEvent::actor)
                .containsExactly("bob", "alice");
        assertThat(trail().of("list", "contract-audit").getLast().detail())
                .containsEntry("title", "First \"quoted\" title");
        assertThat(trail().of("list", "contract-audit").getLast().at()).isEqualTo(earlier);
    }
}
