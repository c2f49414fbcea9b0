package com.consumesafe.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A curator builds a small catalog through the API, lists it, retires the listing; the public sees each step. */
@ApiIT
class CatalogCurationIT {

    @LocalServerPort
    private int port;

    private HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @Test
    void a_curator_builds_an_ownership_chain_lists_the_owner_and_retires_the_listing() {
        long parent = create("/api/v1/companies", "{\"name\":\"Curated Holding\",\"country\":\"ch\"}");
        long company = create("/api/v1/companies", "{\"name\":\"Curated Foods\",\"parentId\":" + parent + "}");
        long brand = create("/api/v1/brands", "{\"name\":\"Curabrand\",\"companyId\":" + company + "}");
        long product = create("/api/v1/products", "{\"name\":\"Curabrand Oat Drink\",\"brandId\":" + brand
                + ",\"category\":\"Drinks\",\"barcodes\":[\"96385074\"],\"origin\":\"SE\"}");
        assertThat(api.request("PUT", "/api/v1/lists/curated-boycott", "{\"title\":\"Curated boycott\"}",
                "Authorization", TestCuratorToken.bearer()).status()).isIn(200, 201);

        HttpApi.Response read = api.get("/api/v1/products/" + product);
        assertThat(read.<List<String>>json("$.ownership[*].name"))
                .containsExactly("Curabrand Oat Drink", "Curabrand", "Curated Foods", "Curated Holding");
        assertThat(read.<List<String>>json("$.barcodes")).containsExactly("00000096385074");
        assertThat(api.get("/api/v1/companies/" + parent).<String>json("$.country")).isEqualTo("CH");

        HttpApi.Response listing = api.request("POST", "/api/v1/listings", "{\"list\":\"curated-boycott\","
                + "\"target\":{\"kind\":\"COMPANY\",\"id\":" + parent + "},\"reason\":\"Made up for a test\","
                + "\"severity\":\"medium\",\"sources\":[\"https://example.org/curated\"],\"since\":\"2025-01-31\"}",
                "Authorization", TestCuratorToken.bearer());
        assertThat(listing.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/check?barcode=96385074").<String>json("$.verdict")).isEqualTo("LISTED");

        long listingId = listing.<Number>json("$.id").longValue();
        HttpApi.Response retired = api.request("POST", "/api/v1/listings/" + listingId + "/retire", null,
                "Authorization", TestCuratorToken.bearer());
        assertThat(retired.<String>json("$.status")).isEqualTo("RETIRED");
        assertThat(api.get("/api/v1/check?barcode=96385074").<String>json("$.verdict")).isEqualTo("NOT_LISTED");
    }

    @Test
    void a_curator_suggests_alternatives_and_only_a_clean_one_is_offered() {
        long listed = create("/api/v1/companies", "{\"name\":\"Suggesting Listed Co\"}");
        long cleanBrand = create("/api/v1/brands", "{\"name\":\"Suggesting Clean\",\"companyId\":"
                + create("/api/v1/companies", "{\"name\":\"Suggesting Clean Co\"}") + "}");
        long clean = create("/api/v1/products", "{\"name\":\"Suggesting Clean Tea\",\"brandId\":" + cleanBrand + "}");
        long dirtyBrand = create("/api/v1/brands", "{\"name\":\"Suggesting Dirty\",\"companyId\":" + listed + "}");
        write("PUT", "/api/v1/lists/suggesting", "{\"title\":\"Suggesting\"}");
        assertThat(write("POST", "/api/v1/listings", "{\"list\":\"suggesting\",\"target\":{\"kind\":\"COMPANY\","
                + "\"id\":" + listed + "},\"reason\":\"Made up\",\"severity\":\"HIGH\"}").status()).isEqualTo(201);

        HttpApi.Response suggested = write("POST", "/api/v1/alternatives", "{\"insteadOf\":{\"kind\":\"COMPANY\","
                + "\"id\":" + listed + "},\"suggested\":{\"kind\":\"PRODUCT\",\"id\":" + clean + "},"
                + "\"origin\":\"tn\",\"note\":\"Made nearby\"}");
        write("POST", "/api/v1/alternatives", "{\"insteadOf\":{\"kind\":\"COMPANY\",\"id\":" + listed + "},"
                + "\"suggested\":{\"kind\":\"BRAND\",\"id\":" + dirtyBrand + "}}");

        assertThat(suggested.status()).isEqualTo(201);
        assertThat(suggested.<String>json("$.origin")).isEqualTo("TN");
        HttpApi.Response check = api.get("/api/v1/check?q=suggesting+listed+co");
        assertThat(check.<List<String>>json("$.matches[0].alternatives[*].name"))
                .containsExactly("Suggesting Clean Tea");
        assertThat(check.<List<String>>json("$.matches[0].rejectedAlternatives[*].kind")).containsExactly("BRAND");
        assertThat(write("POST", "/api/v1/alternatives", "{\"insteadOf\":{\"kind\":\"COMPANY\",\"id\":" + listed
                + "},\"suggested\":{\"kind\":\"PRODUCT\",\"id\":" + clean + "},\"origin\":\"Tunisia\"}")
                .<String>json("$.errors[0].field")).isEqualTo("origin");
        assertThat(write("POST", "/api/v1/alternatives", "{\"insteadOf\":{\"kind\":\"COMPANY\",\"id\":" + listed
                + "},\"suggested\":{\"kind\":\"COMPANY\",\"id\":" + listed + "}}")
                .<String>json("$.errors[0].field")).isEqualTo("suggested");
        String dirty = "{\"insteadOf\":{\"kind\":\"COMPANY\",\"id\":" + listed + "},\"suggested\":{\"kind\":\"BRAND\","
                + "\"id\":" + dirtyBrand + "}}";
        assertThat(write("POST", "/api/v1/alternatives/withdraw", dirty).status()).isEqualTo(204);
        assertThat(write("POST", "/api/v1/alternatives/withdraw", dirty).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/check?q=suggesting+listed+co")
                .<List<Object>>json("$.matches[0].rejectedAlternatives")).isEmpty();
        assertThat(write("POST", "/api/v1/listings/999999999/retire", null).status()).isEqualTo(404);
        assertThat(write("POST", "/api/v1/alternatives", null).status()).isEqualTo(400);
    }

    @Test
    void what_would_break_the_catalog_is_refused_with_a_problem() {
        long owner = create("/api/v1/companies", "{\"name\":\"Refusing Owner\"}");
        long owned = create("/api/v1/companies", "{\"name\":\"Refusing Owned\",\"parentId\":" + owner + "}");

        assertThat(write("PUT", "/api/v1/companies/" + owner, "{\"name\":\"Refusing Owner\",\"parentId\":" + owned
                + "}").status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/companies", "{\"name\":\"Refusing Owned\",\"parentId\":" + owner + "}")
                .status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/brands", "{\"name\":\"Nobody's\",\"companyId\":999999999}").status())
                .isEqualTo(404);
        HttpApi.Response badBarcode = write("POST", "/api/v1/products",
                "{\"name\":\"Bad Code\",\"brandId\":1,\"barcodes\":[\"4006381333932\"]}");
        assertThat(badBarcode.status()).isEqualTo(400);
        assertThat(badBarcode.<String>json("$.errors[0].field")).isEqualTo("barcodes");
        assertThat(write("POST", "/api/v1/listings", "{\"list\":\"curated-boycott\",\"target\":{\"kind\":\"SHOP\","
                + "\"id\":1},\"reason\":\"x\",\"severity\":\"HIGH\"}").<String>json("$.errors[0].field"))
                .isEqualTo("target");
        assertThat(write("POST", "/api/v1/listings", "{\"list\":\"curated-boycott\",\"target\":{\"kind\":\"COMPANY\","
                + "\"id\":" + owner + "},\"reason\":\"x\",\"severity\":\"extreme\"}").<String>json("$.errors[0].field"))
                .isEqualTo("severity");
        assertThat(write("POST", "/api/v1/listings", "{\"list\":\"curated-boycott\",\"target\":{\"kind\":\"COMPANY\","
                + "\"id\":" + owner + "},\"reason\":\"x\",\"severity\":\"LOW\",\"sources\":[\"javascript:alert(1)\"]}")
                .status()).isEqualTo(400);
        assertThat(api.request("POST", "/api/v1/companies", "{\"name\":\"Anonymous Co\"}").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/companies/0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/companies/999999999").status()).isEqualTo(404);
    }

    private long create(String path, String body) {
        HttpApi.Response response = write("POST", path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.<Number>json("$.id").longValue();
    }

    private HttpApi.Response write(String method, String path, String body) {
        return api.request(method, path, body, "Authorization", TestCuratorToken.bearer());
    }
}
