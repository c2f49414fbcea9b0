/** Listings of companies, brands and products on curated lists, with their sources, in PostgreSQL. */
package com.consumesafe.persistence.listing;
