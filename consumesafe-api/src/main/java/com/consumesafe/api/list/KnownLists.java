package com.consumesafe.api.list;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import org.springframework.stereotype.Component;

/** Turns a list named in a request into the slug of a list that exists, or refuses it naming the field. */
@Component
public class KnownLists {

    private final CuratedLists lists;

    KnownLists(CuratedLists lists) {
        this.lists = lists;
    }

    public Slug slug(String field, String value) {
        Slug slug;
        try {
            slug = new Slug(value == null ? null : value.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
        if (lists.find(slug).isEmpty()) {
            throw new InvalidValueException(field, "no list '" + slug.value() + "' (see /api/v1/lists)");
        }
        return slug;
    }
}
