package com.consumesafe.domain.imports;

import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A listing an import puts on its list.
 *
 * @param row      the record it comes from
 * @param target   what it lists
 * @param reason   why
 * @param severity how serious
 * @param sources  where it is documented
 * @param since    since when, if known
 * @param status   active or retired
 */
public record ListingEntry(int row, TargetRef target, String reason, Severity severity, List<URI> sources,
                           Optional<LocalDate> since, ListingStatus status) {

    public ListingEntry {
        sources = List.copyOf(sources);
    }
}
