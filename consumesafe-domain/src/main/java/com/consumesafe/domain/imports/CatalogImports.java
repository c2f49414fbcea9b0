package com.consumesafe.domain.imports;

import com.consumesafe.domain.list.Slug;
import java.util.Optional;

/** Port: stores what an import plans, and reads a list back as a plan for export. */
public interface CatalogImports {

    /**
     * Finds or creates the plan's companies, brands and products and puts its listings on the list (which must
     * exist); alternatives are left to the caller, which checks them first. Refuses, storing nothing of the row,
     * what the catalog cannot take, such as a barcode already on another product.
     */
    WrittenCatalog write(Slug list, ImportPlan plan);

    /** The list's listings, their alternatives, and every company, brand and product they involve. */
    Optional<ImportPlan> export(Slug list);
}
