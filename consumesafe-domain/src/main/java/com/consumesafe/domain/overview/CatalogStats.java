package com.consumesafe.domain.overview;

/**
 * Counts of what is curated.
 *
 * @param lists          curated lists
 * @param companies      companies
 * @param brands         brands
 * @param products       products
 * @param barcodes       barcodes
 * @param activeListings listings that count
 * @param pendingReports reports waiting for a curator
 */
public record CatalogStats(long lists, long companies, long brands, long products, long barcodes,
                           long activeListings, long pendingReports) {
}
