package com.consumesafe.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ApiIT
class CatalogBrowsingIT {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Listings listings;

    @Test
    void pages_products_filters_them_and_counts_from_the_database() {
        JdbcCatalogFixture catalog = new JdbcCatalogFixture(jdbc);
        Slug list = new Slug("browsing-list");
        catalog.list(list);
        BrandId brand = catalog.brand("Browsebrand", catalog.company("Browsing Company"));
        catalog.product("Browse Apple Juice", brand);
        catalog.product("Browse Pear Juice", brand);
        jdbc.update("UPDATE product SET category = 'Browse Juices' WHERE name LIKE 'Browse %'");
        listings.save(new Listing(null, list, brand, "Browsing reason", Severity.HIGH, List.of(), Optional.empty(),
                ListingStatus.ACTIVE));
        HttpApi api = new HttpApi(port);

        HttpApi.Response first = api.get("/api/v1/products?category=Browse+Juices&size=1");
        HttpApi.Response second = api.get("/api/v1/products?category=Browse+Juices&size=1&page=1");
        HttpApi.Response listed = api.get("/api/v1/products?list=browsing-list&severity=high");

        assertThat(first.<Integer>json("$.total")).isEqualTo(2);
        assertThat(first.<List<String>>json("$.items[*].name")).containsExactly("Browse Apple Juice");
        assertThat(second.<List<String>>json("$.items[*].name")).containsExactly("Browse Pear Juice");
        assertThat(listed.<List<String>>json("$.items[*].brand")).containsOnly("Browsebrand").hasSize(2);
        assertThat(api.get("/api/v1/categories").<List<String>>json("$[*].category")).contains("Browse Juices");
        assertThat(api.get("/api/v1/stats").<Integer>json("$.products")).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/products?size=0:size", "/api/v1/products?size=100000:size",
        "/api/v1/products?page=-1:page", "/api/v1/products?severity=worst:severity",
        "/api/v1/products?list=nope:list", "/api/v1/products?page=abc:page"})
    void bad_paging_and_filters_are_400_problems_naming_the_field(String requestAndField) {
        String request = requestAndField.substring(0, requestAndField.lastIndexOf(':'));
        HttpApi.Response response = new HttpApi(port).get(request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.<String>json("$.errors[0].field"))
                .isEqualTo(requestAndField.substring(requestAndField.lastIndexOf(':') + 1));
    }
}
