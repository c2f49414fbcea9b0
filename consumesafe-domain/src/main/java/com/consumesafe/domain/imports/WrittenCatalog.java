package com.consumesafe.domain.imports;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.List;
import java.util.Map;

/**
 * What a write stored, and where each name of the file ended up.
 *
 * @param targets   the stored company, brand or product for each reference of the plan
 * @param created   how many of each kind (companies, brands, products, listings) were created
 * @param updated   how many listings already on the list were replaced
 * @param merges    spellings of the file matched to a differently spelled name already stored under the same owner
 * @param warnings  what the catalog already held differently from the file, and was left as it is
 */
public record WrittenCatalog(Map<TargetRef, ListingTarget> targets, Map<String, Integer> created, int updated,
                             List<Merge> merges, List<ImportWarning> warnings) {

    public WrittenCatalog {
        targets = Map.copyOf(targets);
        created = Map.copyOf(created);
        merges = List.copyOf(merges);
        warnings = List.copyOf(warnings);
    }
}
