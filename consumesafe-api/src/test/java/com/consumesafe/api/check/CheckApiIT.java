package com.consumesafe.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Checks as a person would make them, over a small made-up catalog with a two-level ownership chain. */
@ApiIT
class CheckApiIT {

    private static final Slug BOYCOTT = new Slug("check-boycott");
    private static final Slug OTHER = new Slug("check-other");
    private static final String CREAMER_UPC = "036000291452";
    private static boolean seeded;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Listings listings;

    @Autowired
    private Alternatives alternatives;

    @LocalServerPort
    private int port;

    private HttpApi api;

    @BeforeEach
    void seedOnce() {
        api = new HttpApi(port);
        if (seeded) {
            return;
        }
        JdbcCatalogFixture catalog = new JdbcCatalogFixture(jdbc);
        catalog.list(BOYCOTT);
        catalog.list(OTHER);
        CompanyId umbrella = catalog.company("Umbrellacorp Worldwide");
        CompanyId foods = catalog.company("Nestlé Testfoods", umbrella);
        BrandId cremalux = catalog.brand("Cremalux", foods);
        catalog.product("Cremalux Coffee Creamer", cremalux, Set.of(Gtin.parse(CREAMER_UPC)));
        BrandId village = catalog.brand("Villagefarm", catalog.company("Villagefarm Cooperative"));
        ProductId villageCreamer = catalog.product("Villagefarm Creamer", village);
        CompanyId shady = catalog.company("Shadyco Checkfoods");
        ProductId shadyCreamer = catalog.product("Shady Creamer", catalog.brand("Shady Cream", shady));
        listings.save(new Listing(null, BOYCOTT, umbrella, "Documented labour abuses", Severity.HIGH,
                List.of(URI.create("https://example.org/umbrella-report")), Optional.of(LocalDate.of(2024, 3, 1)),
                ListingStatus.ACTIVE));
        listings.save(new Listing(null, BOYCOTT, shady, "Also listed", Severity.LOW, List.of(), Optional.empty(),
                ListingStatus.ACTIVE));
        alternatives.save(new Alternative(cremalux, villageCreamer, Optional.of(new CountryCode("TN")), "Local"));
        alternatives.save(new Alternative(cremalux, shadyCreamer, Optional.empty(), ""));
        seeded = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nestlé Testfoods", "nestle testfoods", "NESTLÉ TESTFOODS", "Nestle-Testfoods"})
    void a_company_owned_by_a_listed_parent_is_listed_whatever_the_accents_and_case(String typed) {
        HttpApi.Response response = api.get("/api/v1/check?q=" + encode(typed));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(response.<List<String>>json("$.matches[0].path[*].name"))
                .containsExactly("Nestlé Testfoods", "Umbrellacorp Worldwide");
        assertThat(response.<String>json("$.matches[0].listings[0].reason")).isEqualTo("Documented labour abuses");
        assertThat(response.<String>json("$.matches[0].listings[0].severity")).isEqualTo("HIGH");
        assertThat(response.<String>json("$.matches[0].listings[0].list")).isEqualTo("check-boycott");
        assertThat(response.<String>json("$.matches[0].listings[0].on.name")).isEqualTo("Umbrellacorp Worldwide");
        assertThat(response.<List<String>>json("$.matches[0].listings[0].sources"))
                .containsExactly("https://example.org/umbrella-report");
    }

    @Test
    void a_barcode_in_any_form_walks_product_brand_company_and_owner_and_offers_only_clean_alternatives() {
        for (String scanned : List.of(CREAMER_UPC, "0" + CREAMER_UPC, "00" + CREAMER_UPC)) {
            HttpApi.Response response = api.get("/api/v1/check?barcode=" + scanned);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<String>json("$.verdict")).isEqualTo("LISTED");
            assertThat(response.<List<String>>json("$.matches[0].path[*].kind"))
                    .containsExactly("PRODUCT", "BRAND", "COMPANY", "COMPANY");
            assertThat(response.<List<String>>json("$.matches[0].alternatives[*].name"))
                    .containsExactly("Villagefarm Creamer");
            assertThat(response.<List<String>>json("$.matches[0].alternatives[*].origin")).containsExactly("TN");
            assertThat(response.<List<String>>json("$.matches[0].rejectedAlternatives[*].why"))
                    .singleElement().asString().contains("Shadyco Checkfoods");
        }
    }

    @Test
    void a_clean_product_is_not_listed_and_an_unknown_barcode_is_unknown() {
        assertThat(api.get("/api/v1/check?q=villagefarm+creamer").<String>json("$.verdict")).isEqualTo("NOT_LISTED");

        HttpApi.Response unknown = api.get("/api/v1/check?barcode=4006381333931");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.<String>json("$.verdict")).isEqualTo("UNKNOWN");
        assertThat(unknown.<List<Object>>json("$.matches")).isEmpty();
        assertThat(api.get("/api/v1/check?q=zzqqxxvvww").<String>json("$.verdict")).isEqualTo("UNKNOWN");
    }

    @Test
    void only_the_selected_lists_count() {
        assertThat(api.get("/api/v1/check?q=nestle+testfoods&lists=check-other").<String>json("$.verdict"))
                .isEqualTo("NOT_LISTED");
        assertThat(api.get("/api/v1/check?q=nestle+testfoods&lists=check-other,check-boycott")
                .<String>json("$.verdict")).isEqualTo("LISTED");
    }

    @Test
    void a_name_with_a_typo_still_finds_the_listed_brand() {
        HttpApi.Response response = api.get("/api/v1/check?q=cremalx");

        assertThat(response.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(response.<String>json("$.matches[0].name")).startsWith("Cremalux");
    }

    @Test
    void search_ranks_exact_then_prefix_and_finds_a_product_by_barcode() {
        HttpApi.Response byName = api.get("/api/v1/search?q=cremalux&limit=5");
        assertThat(byName.<List<String>>json("$.results[*].name")).startsWith("Cremalux", "Cremalux Coffee Creamer");
        assertThat(byName.<List<String>>json("$.results[*].quality")).startsWith("EXACT", "PREFIX");

        HttpApi.Response byBarcode = api.get("/api/v1/search?q=" + CREAMER_UPC);
        assertThat(byBarcode.<String>json("$.results[0].name")).isEqualTo("Cremalux Coffee Creamer");
        assertThat(byBarcode.<String>json("$.results[0].quality")).isEqualTo("BARCODE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/check?q=x:q", "/api/v1/check?q=%20%21%20:q", "/api/v1/check:q",
        "/api/v1/check?q=nestle&barcode=4006381333931:barcode", "/api/v1/check?barcode=4006381333932:barcode",
        "/api/v1/check?barcode=12ab:barcode", "/api/v1/check?q=nestle&lists=no-such-list:lists",
        "/api/v1/check?q=nestle&lists=Bad%20Slug:lists", "/api/v1/check?q=nestle&country=XYZ:country",
        "/api/v1/search?q=crema&limit=0:limit", "/api/v1/search?q=crema&limit=100000:limit",
        "/api/v1/search?q=crema&limit=abc:limit", "/api/v1/search:q"
    })
    void bad_input_is_a_400_problem_naming_the_field(String requestAndField) {
        String request = requestAndField.substring(0, requestAndField.lastIndexOf(':'));
        String field = requestAndField.substring(requestAndField.lastIndexOf(':') + 1);

        HttpApi.Response response = api.get(request);

        assertThat(response.status()).as(request).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.errors[0].field")).as(request).isEqualTo(field);
    }

    @Test
    void hostile_queries_are_refused_or_answered_harmlessly() {
        HttpApi.Response tooLong = api.get("/api/v1/check?q=" + "a".repeat(1_000));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.<String>json("$.errors[0].field")).isEqualTo("q");
        HttpApi.Response longerThanAnyUrl = api.get("/api/v1/check?q=" + "a".repeat(20_000));
        assertThat(longerThanAnyUrl.status()).isEqualTo(400);
        assertThat(longerThanAnyUrl.contentType()).startsWith("application/problem+json");

        for (String hostile : List.of("' OR 1=1 --", "nestle'; DROP TABLE company; --", "<script>alert(1)</script>",
                "nes\u0000tle\u0007", "%_%")) {
            HttpApi.Response response = api.get("/api/v1/check?q=" + encode(hostile));
            assertThat(response.status()).as(hostile).isIn(200, 400);
            assertThat(response.body()).doesNotContain("<script>");
        }
        assertThat(api.get("/api/v1/check?q=nestle+testfoods").<String>json("$.verdict")).isEqualTo("LISTED");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
