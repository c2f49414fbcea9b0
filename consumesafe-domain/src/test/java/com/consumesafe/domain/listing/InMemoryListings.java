package com.consumesafe.domain.listing;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Listings held in a map, for unit tests of the rules. */
public final class InMemoryListings implements Listings {

    private final AtomicLong ids = new AtomicLong();
    private final Map<ListingId, Listing> listings = new LinkedHashMap<>();

    @Override
    public List<Listing> activeOn(Collection<? extends ListingTarget> targets, ListSelection lists) {
        Set<ListingTarget> wanted = Set.copyOf(targets);
        return listings.values().stream()
                .filter(Listing::isActive)
                .filter(listing -> lists.includes(listing.list()))
                .filter(listing -> wanted.contains(listing.target()))
                .toList();
    }

    @Override
    public Listing save(Listing listing) {
        Listing stored = listing.id() == null ? listing.withId(new ListingId(ids.incrementAndGet())) : listing;
        listings.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Listing> find(ListingId id) {
        return Optional.ofNullable(listings.get(id));
    }
}
