package com.consumesafe.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.list.Slug;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ListingTest {

    private static final Slug BOYCOTT = new Slug("boycott");
    private static final CompanyId COMPANY = new CompanyId(5);

    @Test
    void keeps_its_sources_and_since_date_and_is_active_unless_retired() {
        Listing listing = new Listing(null, BOYCOTT, COMPANY, "  Reason  ", Severity.HIGH,
                List.of(Listing.source("https://example.org/a"), Listing.source(" HTTP://example.org/b ")),
                Optional.of(LocalDate.of(2023, 10, 7)), null);

        assertThat(listing.reason()).isEqualTo("Reason");
        assertThat(listing.sources()).containsExactly(URI.create("https://example.org/a"),
                URI.create("HTTP://example.org/b"));
        assertThat(listing.since()).contains(LocalDate.of(2023, 10, 7));
        assertThat(listing.isActive()).isTrue();
        assertThat(listing.retire().isActive()).isFalse();
        assertThat(listing.retire().status()).isEqualTo(ListingStatus.RETIRED);
        assertThat(listing.withId(new ListingId(9)).id()).isEqualTo(new ListingId(9));
    }

    @Test
    void treats_missing_sources_and_date_as_none() {
        Listing listing = new Listing(null, BOYCOTT, COMPANY, "r", Severity.LOW, null, null, ListingStatus.RETIRED);

        assertThat(listing.sources()).isEmpty();
        assertThat(listing.since()).isEmpty();
        assertThat(listing.isActive()).isFalse();
    }

    @Test
    void needs_a_list_a_target_a_reason_and_a_severity() {
        assertThatThrownBy(() -> new Listing(null, null, COMPANY, "r", Severity.LOW, null, null, null))
                .hasFieldOrPropertyWithValue("field", "list");
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, null, "r", Severity.LOW, null, null, null))
                .hasFieldOrPropertyWithValue("field", "target");
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, "r", null, null, null, null))
                .hasFieldOrPropertyWithValue("field", "severity");
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, "r".repeat(2001), Severity.LOW, null, null,
                null)).hasFieldOrPropertyWithValue("field", "reason");
        // the database refuses a blank reason too; refusing it here names the field instead of a conflict
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, " ", Severity.LOW, null, null, null))
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, null, Severity.LOW, null, null, null))
                .hasFieldOrPropertyWithValue("field", "reason");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "example.org/page",
        "/relative", "https://", "http://exa mple.org", "mailto:a@example.org", "https:///no-host"})
    void refuses_sources_that_are_not_web_addresses(String address) {
        assertThatThrownBy(() -> Listing.source(address))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "sources");
    }

    @Test
    void refuses_a_source_given_as_an_address_of_another_scheme_and_bounds_the_sources() {
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, "r", Severity.LOW,
                List.of(URI.create("ftp://example.org")), null, null))
                .hasFieldOrPropertyWithValue("field", "sources");
        assertThatThrownBy(() -> Listing.source("https://example.org/" + "a".repeat(2000)))
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, "r", Severity.LOW,
                List.of(URI.create("https://example.org/" + "a".repeat(2000))), null, null))
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> new Listing(null, BOYCOTT, COMPANY, "r", Severity.LOW,
                Collections.nCopies(Listing.MAX_SOURCES + 1, URI.create("https://example.org")), null, null))
                .hasMessageContaining("at most 20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"High", "HIGH", "high", " High "})
    void reads_severity_as_existing_lists_write_it(String text) {
        assertThat(Severity.parse(text)).isEqualTo(Severity.HIGH);
        assertThat(Severity.parse("medium")).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.parse("LOW")).isEqualTo(Severity.LOW);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Critical", "hi", "1", "H1GH"})
    void refuses_an_unknown_severity(String text) {
        assertThatThrownBy(() -> Severity.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "severity");
    }

    @Test
    void selects_every_list_when_none_is_named() {
        assertThat(ListSelection.all().isAll()).isTrue();
        assertThat(ListSelection.all().includes(BOYCOTT)).isTrue();
        assertThat(new ListSelection(null).isAll()).isTrue();
        assertThat(ListSelection.of(BOYCOTT).includes(BOYCOTT)).isTrue();
        assertThat(ListSelection.of(BOYCOTT).includes(new Slug("recalls"))).isFalse();
    }

    @Test
    void bounds_the_number_of_lists_selected_and_the_ids() {
        Slug[] many = IntStream.range(0, ListSelection.MAX_LISTS + 1)
                .mapToObj(i -> new Slug("list-" + i)).toArray(Slug[]::new);

        assertThatThrownBy(() -> ListSelection.of(many)).hasFieldOrPropertyWithValue("field", "lists");
        assertThatThrownBy(() -> new ListingId(0)).hasFieldOrPropertyWithValue("field", "listing");
        assertThat(new ListingId(3)).hasToString("listing 3");
    }
}
