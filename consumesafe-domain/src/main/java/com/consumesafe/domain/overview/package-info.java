/** What the catalog holds, for browsing: paged products with filters, categories and counts. */
package com.consumesafe.domain.overview;
