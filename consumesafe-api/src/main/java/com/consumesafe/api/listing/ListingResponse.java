package com.consumesafe.api.listing;

import com.consumesafe.api.catalog.TargetReference;
import com.consumesafe.domain.listing.Listing;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored listing.
 *
 * @param id       its id
 * @param list     the slug of its list
 * @param target   what is listed
 * @param reason   why
 * @param severity HIGH, MEDIUM or LOW
 * @param sources  where the reason is documented
 * @param since    since when, if known
 * @param status   ACTIVE or RETIRED
 */
record ListingResponse(long id, String list, TargetReference target, String reason, String severity, List<URI> sources,
                       LocalDate since, String status) {

    static ListingResponse of(Listing listing) {
        return new ListingResponse(listing.id().value(), listing.list().value(), TargetReference.of(listing.target()),
                listing.reason(), listing.severity().name(), listing.sources(), listing.since().orElse(null),
                listing.status().name());
    }
}
