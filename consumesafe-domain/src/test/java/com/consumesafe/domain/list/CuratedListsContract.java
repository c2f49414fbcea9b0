package com.consumesafe.domain.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every implementation of {@link CuratedLists} must do; adapters' tests extend it. */
public abstract class CuratedListsContract {

    /** The port under test, backed by storage that holds no list with the slugs used here. */
    protected abstract CuratedLists lists();

    @Test
    void finds_a_saved_list_by_its_slug() {
        CuratedList saved = lists().save(new CuratedList(new Slug("contract-find"), "Find me", "A list."));

        assertThat(lists().find(new Slug("contract-find"))).contains(saved);
    }

    @Test
    void finds_nothing_for_an_unknown_slug() {
        assertThat(lists().find(new Slug("contract-never-saved"))).isEmpty();
    }

    @Test
    void saving_an_existing_slug_replaces_title_and_description() {
        lists().save(new CuratedList(new Slug("contract-update"), "Before", "old"));
        lists().save(new CuratedList(new Slug("contract-update"), "After", "new"));

        assertThat(lists().find(new Slug("contract-update")))
                .contains(new CuratedList(new Slug("contract-update"), "After", "new"));
        assertThat(lists().all()).filteredOn(list -> list.slug().value().equals("contract-update")).hasSize(1);
    }

    @Test
    void lists_everything_ordered_by_slug() {
        lists().save(new CuratedList(new Slug("contract-b"), "B", ""));
        lists().save(new CuratedList(new Slug("contract-a"), "A", ""));

        assertThat(lists().all())
                .extracting(list -> list.slug().value())
                .containsSubsequence("contract-a", "contract-b")
                .isSorted();
    }
}
