package com.consumesafe.domain.overview;

/**
 * A category and how many products it holds.
 *
 * @param category the category
 * @param products how many products are in it
 */
public record CategoryCount(String category, long products) {
}
