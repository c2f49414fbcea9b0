package com.consumesafe.domain.catalog;

/** What a reference in the catalog points at. */
public enum TargetKind {
    PRODUCT,
    BRAND,
    COMPANY
}
