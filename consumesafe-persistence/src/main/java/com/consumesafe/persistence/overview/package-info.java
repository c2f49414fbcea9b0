/** The catalog overview (paged products, categories, counts) computed by PostgreSQL. */
package com.consumesafe.persistence.overview;
