package com.consumesafe.domain.listing;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where listings are kept. */
public interface Listings {

    /**
     * The active listings that name any of the targets and belong to the selected lists (every list when the
     * selection is empty); retired listings are never returned.
     */
    List<Listing> activeOn(Collection<? extends ListingTarget> targets, ListSelection lists);

    /** Stores a new listing (one without an id) and gives it an id, or replaces the listing with the same id. */
    Listing save(Listing listing);

    /** A listing by id, active or retired. */
    Optional<Listing> find(ListingId id);
}
