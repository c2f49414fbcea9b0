package com.consumesafe.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.api.imports.CsvUpload;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cases a new user met on a real list, replayed on a made-up one imported through the API: a look-alike never
 * decides, a name the catalog does not hold is never clean, a common word is no clean bill, place words in the
 * alternative_brand column are no makers, and barcodes are read as phones and scanners give them.
 */
@ApiIT
class HonestVerdictIT {

    private static final String LIST = "honest-verdicts";
    private static final String FILE = """
            id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity
            1,Dominoz Pizzeria,Dominoz,Fast food,Made up for a test,Pizzeria Zitouna,Local,High
            2,Quorvian Water,Quorvian,Water,Made up for a test,Zubata,Tunisia,Medium
            3,Brixelmont Latte,Starbruxel,Coffee,Made up for a test,Kahwet Zubata,Global,High
            4,Plenthor Cola,Plenthor,Soda,Made up for a test,Boukha Cola,Eco Brand,Medium
            5,Vexlor Cola,Vexlor,Soda,Made up for a test,Boukha Cola,Privacy,Medium
            """;
    private static boolean imported;

    @LocalServerPort
    private int port;

    private HttpApi api;

    @BeforeEach
    void importOnce() {
        api = new HttpApi(port);
        if (imported) {
            return;
        }
        HttpApi.Response created = new CsvUpload(port).post("/api/v1/imports?list=" + LIST
                + "&format=legacy&title=Honest", "text/csv", FILE, "Authorization", TestCuratorToken.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.<List<String>>json("$.warnings[*].message"))
                .contains("alternative_brand 'Local' names no maker but a quality: it asserts nothing; 'Pizzeria"
                        + " Zitouna' is filed under a brand of its own name")
                .contains("alternative_brand 'Tunisia' names a place, not a maker: origin TN asserted; 'Zubata' is"
                        + " filed under a brand of its own name");
        imported = true;
    }

    @Test
    void a_name_two_letters_from_a_listed_one_is_unknown_with_the_look_alike_suggested() {
        HttpApi.Response response = check("dorinoz");

        assertThat(response.<String>json("$.verdict")).isEqualTo("UNKNOWN");
        assertThat(response.<String>json("$.unknownReason")).isEqualTo("NO_CONFIDENT_MATCH");
        assertThat(response.<List<Object>>json("$.matches")).isEmpty();
        assertThat(response.<List<String>>json("$.didYouMean[*].name")).contains("Dominoz");
        assertThat(response.<List<String>>json("$.didYouMean[?(@.name == 'Dominoz')].verdict")).contains("LISTED");
    }

    @Test
    void a_short_look_alike_of_a_clean_name_is_unknown_not_clean() {
        HttpApi.Response response = check("zubaka");

        assertThat(response.<String>json("$.verdict")).isEqualTo("UNKNOWN");
        assertThat(response.<List<String>>json("$.didYouMean[?(@.name == 'Zubata')].verdict"))
                .contains("NOT_LISTED");
        assertThat(check("zubata").<String>json("$.verdict")).isEqualTo("NOT_LISTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fijiq Water", "cola", "water", "plenthor water", "zzqxv"})
    void a_common_word_or_a_name_the_catalog_lacks_is_never_a_verdict(String typed) {
        HttpApi.Response response = check(typed);

        assertThat(response.<String>json("$.verdict")).isEqualTo("UNKNOWN");
        assertThat(response.<String>json("$.unknownReason")).isIn("NO_CONFIDENT_MATCH", "AMBIGUOUS",
                "NOT_IN_CATALOG");
        assertThat(response.<List<Object>>json("$.matches")).isEmpty();
    }

    @Test
    void one_typing_error_in_a_long_name_is_corrected_and_says_so() {
        HttpApi.Response response = check("starbruxl");

        assertThat(response.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(response.<Boolean>json("$.corrected")).isTrue();
        assertThat(response.<String>json("$.readAs")).isEqualTo("Starbruxel");
        assertThat(response.<List<String>>json("$.matches[*].confidence")).containsOnly("TYPO");
    }

    @Test
    void exact_prefix_spacing_and_accents_still_decide() {
        assertThat(check("DOMINOZ").<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(check("quorvian").<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(check("brixelmont").<List<String>>json("$.matches[*].confidence")).containsOnly("PREFIX");
        assertThat(check("Dominoz  Pizzéria").<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(check("dominozpizzeria").<List<String>>json("$.matches[*].confidence")).containsOnly("EXACT");
        assertThat(check("corrected").<Boolean>json("$.corrected")).isFalse();
    }

    @Test
    void place_and_quality_words_never_become_makers() {
        for (String word : List.of("local", "global", "tunisia", "privacy", "eco brand")) {
            HttpApi.Response search = api.get("/api/v1/search?q=" + encode(word));
            assertThat(search.<List<String>>json("$.results[*].name")).as(word)
                    .noneMatch(name -> name.equalsIgnoreCase(word));
        }
        HttpApi.Response quorvian = check("quorvian water");
        assertThat(quorvian.<List<String>>json("$.matches[0].alternatives[*].name")).containsExactly("Zubata");
        assertThat(quorvian.<List<String>>json("$.matches[0].alternatives[*].origin")).containsExactly("TN");
        assertThat(check("pizzeria zitouna").<List<String>>json("$.matches[?(@.kind == 'PRODUCT')].path[*].name"))
                .containsExactly("Pizzeria Zitouna", "Pizzeria Zitouna", "Pizzeria Zitouna");
    }

    @Test
    void a_barcode_is_read_as_phones_and_scanners_give_it_and_an_in_store_code_is_never_looked_up() {
        long brand = api.get("/api/v1/search?q=dominoz").<List<Integer>>json(
                "$.results[?(@.kind == 'BRAND' && @.name == 'Dominoz')].id").getFirst();
        HttpApi.Response created = api.request("POST", "/api/v1/products", "{\"name\":\"Dominoz Scanned Slice\","
                + "\"brandId\":" + brand + ",\"barcodes\":[\"5901234123457\"]}", "Authorization",
                TestCuratorToken.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        for (String scanned : List.of("5901234123457", "590-1234-12345-7", "https://id.gs1.org/01/05901234123457",
                "https://shop.example/p/01/05901234123457/10/ABC?x=1", "(01)05901234123457(17)270101",
                "0105901234123457" + "17270101")) {
            HttpApi.Response response = api.get("/api/v1/check?barcode=" + encode(scanned));
            assertThat(response.<String>json("$.verdict")).as(scanned).isEqualTo("LISTED");
            assertThat(response.<String>json("$.query")).isEqualTo("05901234123457");
            assertThat(response.<List<String>>json("$.matches[*].confidence")).containsExactly("BARCODE");
        }
        HttpApi.Response inStore = api.get("/api/v1/check?barcode=2000000000015");
        assertThat(inStore.<String>json("$.verdict")).isEqualTo("UNKNOWN");
        assertThat(inStore.<String>json("$.unknownReason")).isEqualTo("RESTRICTED_BARCODE");
        HttpApi.Response refused = api.request("POST", "/api/v1/products", "{\"name\":\"Dominoz Weighed Slice\","
                + "\"brandId\":" + brand + ",\"barcodes\":[\"2000000000015\"]}", "Authorization",
                TestCuratorToken.bearer());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("barcodes");
        assertThat(refused.<String>json("$.errors[0].message")).contains("restricted-circulation");
        HttpApi.Response notALink = api.get("/api/v1/check?barcode=" + encode("https://shop.example/p/5901234123457"));
        assertThat(notALink.status()).isEqualTo(400);
        assertThat(notALink.<String>json("$.errors[0].field")).isEqualTo("barcode");
    }

    private HttpApi.Response check(String typed) {
        HttpApi.Response response = api.get("/api/v1/check?lists=" + LIST + "&q=" + encode(typed));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
