package com.consumesafe.domain.catalog;

/** Port: a number that grows with every committed change to what checks, searches and the lists read. */
public interface CatalogVersion {

    /** The version as of the last committed change; equal numbers mean an unchanged catalog. */
    long current();
}
