package com.consumesafe.persistence.imports;

import com.consumesafe.domain.name.NameKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company, brand or product already stored, as an import matches it: by the compact form of its name key within
 * its owner.
 *
 * @param id    its id
 * @param owner the id of its parent company, company or brand; null for a company without a parent
 * @param name  its name as stored
 * @param key   its name key as stored
 */
record StoredName(long id, Long owner, String name, String key) {

    /** Reads the columns id, owner, name and name_key. */
    static StoredName read(ResultSet row, int number) throws SQLException {
        return new StoredName(row.getLong("id"), row.getObject("owner", Long.class), row.getString("name"),
                row.getString("name_key"));
    }

    String compact() {
        return key.replace(" ", "");
    }

    /** Where a stored name is found again: its owner and its compact key. */
    static String slot(Long owner, String compact) {
        return owner + "/" + compact;
    }

    /** The candidate to match: the same owner first, then the same key, then the oldest. */
    static Optional<StoredName> best(List<StoredName> candidates, Long owner, NameKey key) {
        StoredName best = null;
        for (StoredName candidate : candidates) {
            if (best == null || rank(candidate, owner, key) < rank(best, owner, key)
                    || rank(candidate, owner, key) == rank(best, owner, key) && candidate.id() < best.id()) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(StoredName candidate, Long owner, NameKey key) {
        return (Objects.equals(candidate.owner(), owner) ? 0 : 2) + (candidate.key().equals(key.value()) ? 0 : 1);
    }
}
