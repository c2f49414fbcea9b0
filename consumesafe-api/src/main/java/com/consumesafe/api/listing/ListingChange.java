package com.consumesafe.api.listing;

import com.consumesafe.api.catalog.TargetReference;
import java.util.List;

/**
 * A new listing, as a curator sends it.
 *
 * @param list     the slug of the list it belongs to
 * @param target   the company, brand or product listed
 * @param reason   why it is listed
 * @param severity HIGH, MEDIUM or LOW
 * @param sources  http(s) addresses documenting the reason
 * @param since    since when (ISO date), if known
 */
record ListingChange(String list, TargetReference target, String reason, String severity, List<String> sources,
                     String since) {
}
