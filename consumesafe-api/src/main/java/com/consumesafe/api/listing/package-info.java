/** Curators' listings of companies, brands and products, and the alternatives they suggest. */
package com.consumesafe.api.listing;
