package com.consumesafe.domain.listing;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.Collection;
import java.util.List;

/** Port: where listings are kept. */
public interface Listings {

    /**
     * The active listings that name any of the targets and belong to the selected lists (every list when the
     * selection is empty); retired listings are never returned.
     */
    List<Listing> activeOn(Collection<? extends ListingTarget> targets, ListSelection lists);

    /** Stores a new listing (one without an id) and gives it an id, or replaces the listing with the same id. */
    Listing save(Listing listing);
}
