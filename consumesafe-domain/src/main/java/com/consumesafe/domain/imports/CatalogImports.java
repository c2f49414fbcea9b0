package com.consumesafe.domain.imports;

import com.consumesafe.domain.list.Slug;
import java.util.Optional;

/** Port: stores what an import plans, and reads a list back as a plan for export. */
public interface CatalogImports {

    /**
     * Waits until no other import is writing, and keeps later ones waiting until the caller's transaction ends, so
     * that imports naming the same companies run one after the other instead of clashing.
     */
    void takeTurn();

    /**
     * Finds or creates the plan's companies, brands and products and puts its listings on the list (which must
     * exist); alternatives are left to the caller, which checks them first. A name matches a stored one under the
     * same owner when their name keys meet without spaces, as spellings within a file do; such matches of another
     * spelling are reported as merges. Refuses, storing nothing of the row, what the catalog cannot take, such as a
     * barcode already on another product.
     */
    WrittenCatalog write(Slug list, ImportPlan plan);

    /** The list's listings, their alternatives, and every company, brand and product they involve. */
    Optional<ImportPlan> export(Slug list);
}
