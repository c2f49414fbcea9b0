/** Search over the stored name keys: b-tree for exact and prefix matches, pg_trgm for typos. */
package com.consumesafe.persistence.search;
