package com.consumesafe.domain.report;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.listing.Listing;
import java.net.URI;
import java.util.List;

/** A proposal's sources follow the listing's rules, so that accepting it never meets a source a listing refuses. */
final class Sources {

    private Sources() {
    }

    static List<URI> checked(List<URI> sources) {
        List<URI> copy = sources == null ? List.of() : List.copyOf(sources);
        if (copy.size() > Listing.MAX_SOURCES) {
            throw new InvalidValueException("sources", "must be at most " + Listing.MAX_SOURCES);
        }
        copy.forEach(source -> Listing.source(source.toString()));
        return copy;
    }

    static List<URI> parse(List<String> sources) {
        if (sources.size() > Listing.MAX_SOURCES) {
            throw new InvalidValueException("sources", "must be at most " + Listing.MAX_SOURCES);
        }
        return sources.stream().map(Listing::source).toList();
    }
}
