package com.consumesafe.domain.listing;

/** Whether a listing still counts; retired ones stay for history but no longer list anything. */
public enum ListingStatus {
    ACTIVE,
    RETIRED
}
