package com.consumesafe.domain.overview;

import com.consumesafe.domain.InvalidValueException;
import java.util.List;

/**
 * One page of products, ordered by name.
 *
 * @param items the products on this page
 * @param page  its number, from 0
 * @param size  how many a page holds
 * @param total how many products match in all
 */
public record ProductPage(List<ProductSummary> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public ProductPage {
        items = List.copyOf(items);
    }

    /** Refuses a page request outside the bounds, naming the parameter. */
    public static void requireValid(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidValueException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
