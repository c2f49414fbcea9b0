package com.consumesafe.persistence.imports;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.imports.ImportWarning;
import com.consumesafe.domain.imports.Merge;
import com.consumesafe.domain.imports.TargetRef;
import com.consumesafe.domain.imports.WrittenCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a write has stored so far: where each name of the file ended up, what was created, merged and warned. */
final class CatalogOutcome {

    private final Map<TargetRef, ListingTarget> targets = new HashMap<>();
    private final Map<String, Integer> created = new HashMap<>(Map.of("companies", 0, "brands", 0, "products", 0,
            "listings", 0));
    private final List<Merge> merges = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int updated;

    boolean has(TargetRef ref) {
        return targets.containsKey(ref);
    }

    long id(TargetRef ref) {
        return targets.get(ref).value();
    }

    Map<TargetRef, ListingTarget> targets() {
        return targets;
    }

    void created(TargetRef ref, ListingTarget target, String kinds) {
        targets.put(ref, target);
        created.merge(kinds, 1, Integer::sum);
    }

    /** A name of the file found stored; a different spelling is reported as merged into the stored one. */
    void found(TargetRef ref, ListingTarget target, String kind, int row, String name, StoredName stored) {
        targets.put(ref, target);
        if (!stored.name().equals(name)) {
            merges.add(new Merge(kind, name, stored.name(), row, true));
        }
    }

    void listings(int createdListings, int updatedListings) {
        created.merge("listings", createdListings, Integer::sum);
        updated += updatedListings;
    }

    void warn(int row, String message) {
        warnings.add(new ImportWarning(row, message));
    }

    WrittenCatalog written() {
        return new WrittenCatalog(targets, created, updated, merges, warnings);
    }
}
