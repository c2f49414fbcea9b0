package com.consumesafe.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.HttpApi;
import com.consumesafe.api.StandaloneApplication;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.imports.NativeFormat;
import com.consumesafe.persistence.testdb.DatabaseCoordinates;
import com.consumesafe.persistence.testdb.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Export, import into an empty database, export again: the same file. Both applications run on databases of their
 * own, so that what other tests store cannot change the counts.
 */
class ImportRoundTripIT {

    private static final String CURATOR = "Authorization";

    @Test
    void export_import_into_an_empty_database_and_export_again_gives_the_same_file() {
        HttpApi.Response exported;
        try (ConfigurableApplicationContext first = start(TestDatabase.createEmpty())) {
            int port = portOf(first);
            CsvUpload upload = new CsvUpload(port);
            assertThat(upload.post("/api/v1/imports?list=round-trip&format=legacy", "text/csv",
                    ImportApiIT.resource("legacy-sample.csv"), CURATOR, TestCuratorToken.bearer()).status())
                    .isEqualTo(201);
            HttpApi.Response rich = upload.post("/api/v1/imports?list=round-trip&format=native", "text/csv",
                    richFile(), CURATOR, TestCuratorToken.bearer());
            assertThat(rich.status()).as(rich.body()).isEqualTo(201);
            exported = new HttpApi(port).get("/api/v1/export?list=round-trip&format=csv");
        }
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("text/csv");
        assertThat(exported.body()).contains("Roundtrip Holding", "04006381999908|05449000999900",
                "https://example.org/a|https://example.org/b", "2024-03-01", "RETIRED", "Kahwa Blend", "Cafénova",
                "Frosty & Jo's,,,Globulever");

        try (ConfigurableApplicationContext empty = start(TestDatabase.createEmpty())) {
            int port = portOf(empty);
            HttpApi.Response imported = new CsvUpload(port).post("/api/v1/imports?list=round-trip&format=native",
                    "text/csv", exported.body(), CURATOR, TestCuratorToken.bearer());
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            assertThat(imported.<List<Object>>json("$.warnings")).isEmpty();
            HttpApi.Response again = new HttpApi(port).get("/api/v1/export?list=round-trip&format=csv");

            assertThat(again.body()).isEqualTo(exported.body());
        }
    }

    private static int portOf(ConfigurableApplicationContext application) {
        return application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String richFile() {
        return String.join(",", NativeFormat.COLUMNS) + "\r\n" + String.join("\r\n",
                "company,Roundtrip Holding,,,,NL,,,,,,,,,,,",
                "company,Roundtrip Foods,,,Roundtrip Holding,FR,,,,,,,,,,,",
                "company,Roundtrip Local,,,,TN,,,,,,,,,,,",
                "brand,Roundtrip Foods,Roundtrip Creamy,,,,,,,,,,,,,,",
                "brand,Roundtrip Local,Roundtrip Local,,,,,,,,,,,,,,",
                "product,Roundtrip Foods,Roundtrip Creamy,Creamy Cup,,IT,\"Dairy, chilled\","
                        + "4006381999908|5449000999900,,,,,,,,,",
                "product,Roundtrip Local,Roundtrip Local,Local Cup,,TN,Dairy,,,,,,,,,,",
                "listing,Roundtrip Holding,,,,,,,\"Owner listed, \"\"per reports\"\"\",HIGH,"
                        + "https://example.org/a|https://example.org/b,2024-03-01,ACTIVE,,,,",
                "listing,Roundtrip Foods,Roundtrip Creamy,Creamy Cup,,,,,Old,LOW,,,RETIRED,,,,",
                "alternative,Roundtrip Foods,Roundtrip Creamy,Creamy Cup,,TN,,,,,,,,"
                        + "Roundtrip Local,Roundtrip Local,Local Cup,Made nearby") + "\r\n";
    }

    private static ConfigurableApplicationContext start(DatabaseCoordinates database) {
        return StandaloneApplication.startBeside(database,
                "--consumesafe.admin-token=" + TestCuratorToken.LABEL + "=" + TestCuratorToken.TOKEN);
    }
}
