/** Imports and exports of curated lists on PostgreSQL: find-or-create of the catalog, and a list read back. */
package com.consumesafe.persistence.imports;
