package com.consumesafe.domain.listing;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.list.Slug;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a curated list: it names a company, a brand or a product, and says why.
 *
 * @param id       its id, null until stored
 * @param list     the list it belongs to
 * @param target   what it names
 * @param reason   why it is listed
 * @param severity how serious the reason is
 * @param sources  where the reason is documented, http or https addresses
 * @param since    since when it applies, if known
 * @param status   whether it still counts
 */
public record Listing(ListingId id, Slug list, ListingTarget target, String reason, Severity severity,
                      List<URI> sources, Optional<LocalDate> since, ListingStatus status) {

    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_SOURCES = 20;
    public static final int MAX_SOURCE_LENGTH = 2000;

    public Listing {
        if (list == null) {
            throw new InvalidValueException("list", "must not be empty");
        }
        if (target == null) {
            throw new InvalidValueException("target", "must name a company, a brand or a product");
        }
        reason = Text.required("reason", reason, MAX_REASON_LENGTH);
        if (severity == null) {
            throw new InvalidValueException("severity", "must be HIGH, MEDIUM or LOW");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidValueException("sources", "must be at most " + MAX_SOURCES);
        }
        sources.forEach(Listing::requireWebAddress);
        since = since == null ? Optional.empty() : since;
        status = status == null ? ListingStatus.ACTIVE : status;
    }

    /** Reads a source address as typed, refused unless it is an absolute http or https address with a host. */
    public static URI source(String address) {
        if (address == null || address.isBlank()) {
            throw new InvalidValueException("sources", "must not be empty");
        }
        if (address.strip().length() > MAX_SOURCE_LENGTH) {
            throw new InvalidValueException("sources", "must be at most " + MAX_SOURCE_LENGTH + " characters");
        }
        try {
            return requireWebAddress(new URI(address.strip()));
        } catch (URISyntaxException e) {
            throw new InvalidValueException("sources", "is not a valid address");
        }
    }

    public boolean isActive() {
        return status == ListingStatus.ACTIVE;
    }

    /** The same listing, no longer counting. */
    public Listing retire() {
        return new Listing(id, list, target, reason, severity, sources, since, ListingStatus.RETIRED);
    }

    /** The same listing as stored under the given id. */
    public Listing withId(ListingId storedId) {
        return new Listing(storedId, list, target, reason, severity, sources, since, status);
    }

    private static URI requireWebAddress(URI uri) {
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException("sources", "must be http or https addresses");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidValueException("sources", "must name a host");
        }
        if (uri.toString().length() > MAX_SOURCE_LENGTH) {
            throw new InvalidValueException("sources", "must be at most " + MAX_SOURCE_LENGTH + " characters");
        }
        return uri;
    }
}
