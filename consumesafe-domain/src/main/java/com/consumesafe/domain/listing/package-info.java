/** Listings: the entries of curated lists that name a company, a brand or a product, and why. */
package com.consumesafe.domain.listing;
