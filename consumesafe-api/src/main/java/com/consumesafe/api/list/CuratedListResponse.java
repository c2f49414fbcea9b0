package com.consumesafe.api.list;

import com.consumesafe.domain.list.CuratedList;

/**
 * A curated list as the API shows it.
 *
 * @param slug        URL-safe name, used in /api/v1/lists/{slug} and in the lists= filter
 * @param title       what people call the list
 * @param description what it is for and who keeps it
 */
record CuratedListResponse(String slug, String title, String description) {

    static CuratedListResponse of(CuratedList list) {
        return new CuratedListResponse(list.slug().value(), list.title(), list.description());
    }
}
