package com.consumesafe.api.listing;

import com.consumesafe.api.catalog.TargetReference;

/**
 * A suggested alternative, as a curator sends it.
 *
 * @param insteadOf the listed company, brand or product it replaces
 * @param suggested the product or brand to buy instead
 * @param origin    where the suggestion comes from (ISO 3166-1 alpha-2), if known
 * @param note      why it is a good alternative
 */
record AlternativeChange(TargetReference insteadOf, TargetReference suggested, String origin, String note) {
}
