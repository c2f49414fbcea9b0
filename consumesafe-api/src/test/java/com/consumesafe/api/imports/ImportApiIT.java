package com.consumesafe.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.imports.LegacyFormat;
import com.consumesafe.domain.imports.NativeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports as a curator makes them, and the checks people make afterwards. */
@ApiIT
class ImportApiIT {

    private static final String CSV = "text/csv";

    @Autowired
    private JdbcTemplate jdbc;

    @LocalServerPort
    private int port;

    private HttpApi api;
    private CsvUpload upload;

    @BeforeEach
    void clients() {
        api = new HttpApi(port);
        upload = new CsvUpload(port);
    }

    @Test
    void a_legacy_file_with_the_usual_mess_imports_as_described_and_checks_answer_as_people_expect() {
        HttpApi.Response response = upload.post("/api/v1/imports?list=legacy-sample&format=legacy&title=Sample",
                CSV + ";charset=UTF-8", resource("legacy-sample.csv"), "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.<Boolean>json("$.listCreated")).isTrue();
        assertThat(response.<Integer>json("$.rowsRead")).isEqualTo(7);
        assertThat(response.<Map<String, Integer>>json("$.created")).containsEntry("companies", 9)
                .containsEntry("brands", 9).containsEntry("products", 9).containsEntry("listings", 5)
                .containsEntry("alternatives", 3);
        assertThat(response.<List<String>>json("$.merged[*].name")).contains("Cafenova", "Fizz Stream");
        assertThat(response.<List<String>>json("$.merged[?(@.name == 'Fizz Stream')].into")).contains("Fizzstream");
        List<String> warnings = response.json("$.warnings[*].message");
        assertThat(warnings).anyMatch(message -> message.contains("'Crunchy Bites' is itself listed"))
                .anyMatch(message -> message.contains("'Gelato Sidi' is itself listed"))
                .anyMatch(message -> message.contains("origin of alternative 'Bubbly Home' not asserted"))
                .anyMatch(message -> message.contains("no reason given"))
                .noneMatch(message -> message.contains("'Kahwa Blend' not asserted"));

        HttpApi.Response cafenova = api.get("/api/v1/check?lists=legacy-sample&q=" + encode("cafenova"));
        assertThat(cafenova.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(cafenova.<String>json("$.matches[0].name")).isEqualTo("Cafénova");
        assertThat(cafenova.<List<String>>json("$.matches[0].listings[*].reason"))
                .containsExactly("Sources from occupied land, per several reports");
        assertThat(cafenova.<List<String>>json("$.matches[0].alternatives[*].name")).containsExactly("Kahwa Blend");
        assertThat(cafenova.<List<String>>json("$.matches[0].alternatives[*].origin")).containsExactly("TN");
        assertThat(verdict("CAF%C3%89NOVA")).isEqualTo("LISTED");
        assertThat(verdict("fizz+stream")).isEqualTo("LISTED");
        HttpApi.Response frosty = api.get("/api/v1/check?lists=legacy-sample&q=" + encode("Frosty and Jo's"));
        assertThat(frosty.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(frosty.<List<String>>json("$.matches[0].path[*].name")).contains("Globulever");
        assertThat(verdict("gelato+sidi")).isEqualTo("LISTED");
        assertThat(verdict("olivia+soap")).isEqualTo("NOT_LISTED");
        assertThat(verdict("kahwa+blend")).isEqualTo("NOT_LISTED");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'import' AND entity = 'list'"
                + " AND entity_id = 'legacy-sample' AND actor = ? AND detail ->> 'listings' = '5'", Integer.class,
                TestCuratorToken.LABEL)).isEqualTo(1);
        assertThat(api.get("/api/v1/lists/legacy-sample").<String>json("$.title")).isEqualTo("Sample");
    }

    @Test
    void a_spelling_that_meets_a_stored_name_without_spaces_is_merged_into_it_and_reported() {
        String header = "id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity\n";
        HttpApi.Response first = upload.post("/api/v1/imports?list=compact-first&format=legacy", CSV,
                header + "1,Whirl Classic,FizzWhirl,Appliances,Why,-,-,High\n", "Authorization",
                TestCuratorToken.bearer());
        HttpApi.Response second = upload.post("/api/v1/imports?list=compact-second&format=legacy", CSV,
                header + "1,WhirlClassic,Fizz Whirl,Appliances,Why,-,-,Low\n", "Authorization",
                TestCuratorToken.bearer());

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.<Map<String, Integer>>json("$.created")).containsEntry("companies", 0)
                .containsEntry("brands", 0).containsEntry("products", 0).containsEntry("listings", 1);
        assertThat(second.<List<String>>json("$.merged[?(@.stored == true)].name"))
                .containsExactly("Fizz Whirl", "Fizz Whirl", "WhirlClassic");
        assertThat(second.<List<String>>json("$.merged[?(@.stored == true)].into"))
                .containsExactly("FizzWhirl", "FizzWhirl", "Whirl Classic");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE replace(name_key, ' ', '') = 'fizzwhirl'",
                Integer.class)).isEqualTo(1);
        assertThat(api.get("/api/v1/check?lists=compact-second&q=whirl+classic").<String>json("$.verdict"))
                .isEqualTo("LISTED");
    }

    @Test
    void importing_the_same_file_again_creates_nothing_and_reports_nothing_created() {
        String row = "1,Again Bar,Again Foods,Snacks,Why,Again Local Bar,Again Local (TN),High\n";
        HttpApi.Response first = importLegacy("again", row);
        HttpApi.Response second = importLegacy("again", row);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.<Map<String, Integer>>json("$.created")).containsEntry("alternatives", 1);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.<Map<String, Integer>>json("$.created")).containsEntry("companies", 0)
                .containsEntry("brands", 0).containsEntry("products", 0).containsEntry("listings", 0)
                .containsEntry("alternatives", 0);
        assertThat(second.<Integer>json("$.listingsUpdated")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM alternative a JOIN product p"
                + " ON p.id = a.suggested_product_id WHERE p.name = 'Again Local Bar'", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_nul_character_in_a_cell_is_a_bad_row_naming_its_column() {
        HttpApi.Response response = importLegacy("nul-cell", "1,Nul Bar,Nul\u0000Foods,Snacks,Why,-,-,High\n");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.<List<Integer>>json("$.errors[*].row")).containsExactly(1);
        assertThat(response.<List<String>>json("$.errors[*].column")).containsExactly("brand");
        assertThat(response.<List<String>>json("$.errors[*].message")).containsExactly(
                "must not contain the NUL character");
        assertNothingStored("nul-cell", "nulfoods");
    }

    @Test
    void a_file_with_bad_rows_names_every_one_and_stores_nothing() {
        HttpApi.Response response = upload.post("/api/v1/imports?list=legacy-bad&format=legacy", CSV,
                resource("legacy-bad-rows.csv"), "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<List<Integer>>json("$.errors[*].row")).containsExactly(1, 3, 4);
        assertThat(response.<List<String>>json("$.errors[*].column")).containsExactly("intensity", "brand", "row");
        assertNothingStored("legacy-bad", "goodco");
    }

    @Test
    void a_missing_column_is_named() {
        HttpApi.Response response = upload.post("/api/v1/imports?list=legacy-columns&format=legacy", CSV,
                "id,boycott_product,brand,category,reason,alternative_brand,intensity\n1,A,B,C,D,-,High\n",
                "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.<List<Integer>>json("$.errors[*].row")).containsExactly(0);
        assertThat(response.<List<String>>json("$.errors[*].column")).containsExactly("tunisian_alternative");
        assertNothingStored("legacy-columns", "b");
    }

    @Test
    void a_native_file_with_a_bad_barcode_and_an_unparsable_source_names_both() {
        String file = String.join(",", NativeFormat.COLUMNS) + "\n"
                + "company,Nativebad Foods,,,,,,,,,,,,,,,\n"
                + "brand,Nativebad Foods,Nativebad,,,,,,,,,,,,,,\n"
                + "product,Nativebad Foods,Nativebad,Nativebad Bar,,,,4006381333932,,,,,,,,,\n"
                + "listing,Nativebad Foods,,,,,,,Why,HIGH,htp:/nowhere,,ACTIVE,,,,\n";
        HttpApi.Response response = upload.post("/api/v1/imports?list=native-bad&format=native", CSV, file,
                "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.<List<Integer>>json("$.errors[*].row")).containsExactly(3, 4);
        assertThat(response.<List<String>>json("$.errors[*].column")).containsExactly("barcodes", "sources");
        assertNothingStored("native-bad", "nativebad foods");
    }

    @Test
    void without_a_curator_token_nothing_is_stored() {
        Map<String, Integer> before = storedCounts();
        HttpApi.Response response = upload.post("/api/v1/imports?list=legacy-stranger&format=legacy", CSV,
                resource("legacy-sample.csv"), "Authorization", "Bearer " + TestCuratorToken.STRANGER);
        HttpApi.Response none = upload.post("/api/v1/imports?list=legacy-stranger&format=legacy", CSV,
                resource("legacy-sample.csv"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(none.status()).isEqualTo(401);
        // the sample's companies may be stored by other tests already: nothing at all may have been added
        assertThat(storedCounts()).isEqualTo(before);
    }

    @Test
    void wrong_content_type_unknown_format_and_bad_list_are_problems() {
        HttpApi.Response json = upload.post("/api/v1/imports?list=wrong-type&format=legacy", "application/json",
                "{}", "Authorization", TestCuratorToken.bearer());
        HttpApi.Response format = upload.post("/api/v1/imports?list=wrong-format&format=xml", CSV, "a\n",
                "Authorization", TestCuratorToken.bearer());
        HttpApi.Response slug = upload.post("/api/v1/imports?list=Not%20A%20Slug&format=legacy", CSV, "a\n",
                "Authorization", TestCuratorToken.bearer());
        HttpApi.Response latin1 = upload.post("/api/v1/imports?list=wrong-bytes&format=legacy", CSV,
                new byte[] {'a', (byte) 0xE9, '\n'}, "Authorization", TestCuratorToken.bearer());

        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.<List<String>>json("$.errors[*].field")).containsExactly("format");
        assertThat(slug.status()).isEqualTo(400);
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.<List<String>>json("$.errors[*].field")).containsExactly("body");
        assertNothingStored("wrong-format", "a");
    }

    @Test
    void export_is_public_and_refuses_unknown_lists_and_formats() {
        assertThat(api.get("/api/v1/export?list=no-such-list&format=csv").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/export?list=no-such-list&format=xml").<List<String>>json("$.errors[*].field"))
                .containsExactly("format");
    }

    private String verdict(String query) {
        return api.get("/api/v1/check?lists=legacy-sample&q=" + query).json("$.verdict");
    }

    private HttpApi.Response importLegacy(String list, String rows) {
        return upload.post("/api/v1/imports?list=" + list + "&format=legacy", CSV,
                String.join(",", LegacyFormat.COLUMNS) + "\n" + rows, "Authorization", TestCuratorToken.bearer());
    }

    private Map<String, Integer> storedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : List.of("curated_list", "company", "brand", "product", "listing", "alternative",
                "audit_event")) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));
        }
        return counts;
    }

    private void assertNothingStored(String list, String companyKey) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM curated_list WHERE slug = ?", Integer.class, list))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE name_key = ?", Integer.class,
                companyKey)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE entity_id = ?", Integer.class, list))
                .isZero();
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportApiIT.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
