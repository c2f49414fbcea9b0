package com.consumesafe.domain.audit;

import com.consumesafe.domain.InvalidValueException;
import java.time.Instant;
import java.util.Map;

/**
 * One change made by a curator.
 *
 * @param at       when it happened
 * @param actor    the label of the curator's token (never the token itself)
 * @param action   what was done, such as {@code list.saved}
 * @param entity   the kind of thing changed, such as {@code list}
 * @param entityId which one, such as its slug or id
 * @param detail   what changed, as field names and values
 */
public record AuditEvent(Instant at, String actor, String action, String entity, String entityId,
                         Map<String, String> detail) {

    public AuditEvent {
        requireWord("actor", actor);
        requireWord("action", action);
        requireWord("entity", entity);
        at = at == null ? Instant.now() : at;
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    private static void requireWord(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new InvalidValueException(field, "must be 1 to 64 characters");
        }
    }
}
