package com.consumesafe.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.imports.LegacyFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Imports beyond the configured size or row count are refused with 413 and store nothing. */
@ApiIT
@TestPropertySource(properties = {"consumesafe.imports.max-bytes=16KB", "consumesafe.imports.max-rows=20"})
class ImportLimitsIT {

    private static final String HEADER = String.join(",", LegacyFormat.COLUMNS) + "\n";

    @Autowired
    private JdbcTemplate jdbc;

    @LocalServerPort
    private int port;

    @Test
    void a_body_beyond_max_bytes_is_refused_with_413() {
        String big = HEADER + "1,Bigfile Product,Bigfile Company,Snacks,Why,-,-,High\n"
                + "#".repeat(20 * 1024) + "\n";

        HttpApi.Response response = new CsvUpload(port).post("/api/v1/imports?list=too-big&format=legacy",
                "text/csv", big, "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.detail")).contains("max-bytes");
        assertNothingStored("too-big");
    }

    @Test
    void a_chunked_body_without_length_is_read_no_further_than_max_bytes() {
        String big = HEADER + "1,Bigfile Product,Bigfile Company,Snacks,Why,-,-,High\n"
                + "#".repeat(20 * 1024) + "\n";

        HttpApi.Response response = new CsvUpload(port).postChunked("/api/v1/imports?list=too-big&format=legacy",
                "text/csv", big.getBytes(StandardCharsets.UTF_8), "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.<String>json("$.detail")).contains("max-bytes");
        assertNothingStored("too-big");
    }

    @Test
    void more_rows_than_max_rows_are_refused_with_413() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int row = 1; row <= 21; row++) {
            file.append(row).append(",Manyrows Product ").append(row).append(",Manyrows Company,Snacks,Why,-,-,Low\n");
        }

        HttpApi.Response response = new CsvUpload(port).post("/api/v1/imports?list=too-many&format=legacy",
                "text/csv", file.toString(), "Authorization", TestCuratorToken.bearer());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.<String>json("$.detail")).contains("max-rows");
        assertNothingStored("too-many");
    }

    private void assertNothingStored(String list) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM curated_list WHERE slug = ?", Integer.class, list))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE name_key IN ('bigfile company',"
                + " 'manyrows company')", Integer.class)).isZero();
    }
}
