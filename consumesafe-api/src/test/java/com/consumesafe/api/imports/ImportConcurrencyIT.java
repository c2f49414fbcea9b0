package com.consumesafe.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.imports.LegacyFormat;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports started at the same instant as other imports or curators' writes on the same names, over HTTP. */
@ApiIT
class ImportConcurrencyIT {

    private static final String HEADER = String.join(",", LegacyFormat.COLUMNS) + "\n";
    private static final int IMPORTS = 3;
    private static final int COMPANIES = 40;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

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
    void overlapping_imports_started_together_all_succeed_one_after_the_other() throws Exception {
        List<Callable<HttpApi.Response>> imports = new ArrayList<>();
        for (int file = 0; file < IMPORTS; file++) {
            // every file lists the same companies (creating the same list), each with a product of its own
            StringBuilder csv = new StringBuilder(HEADER);
            for (int company = 0; company < COMPANIES; company++) {
                csv.append(company).append(",Race Snack ").append(file).append('x').append(company)
                        .append(",Raceoverlap Foods ").append(company).append(",Snacks,Racing,-,-,High\n");
            }
            imports.add(() -> upload.post("/api/v1/imports?list=race-overlap&format=legacy", "text/csv",
                    csv.toString(), "Authorization", TestCuratorToken.bearer()));
        }

        List<HttpApi.Response> responses = together(imports);

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body())
                .isEqualTo(201));
        assertThat(responses).filteredOn(response -> response.<Boolean>json("$.listCreated")).hasSize(1);
        assertThat(responses.stream().mapToInt(response -> response.<Integer>json("$.created.companies")).sum())
                .isEqualTo(COMPANIES);
        assertThat(responses.stream().mapToInt(response -> response.<Integer>json("$.created.products")).sum())
                .isEqualTo(COMPANIES * IMPORTS);
        assertThat(count("SELECT count(*) FROM company WHERE name_key LIKE 'raceoverlap foods %'"))
                .isEqualTo(COMPANIES);
        assertThat(count("SELECT count(*) FROM brand WHERE name_key LIKE 'raceoverlap foods %'"))
                .isEqualTo(COMPANIES);
        assertThat(count("SELECT count(*) FROM product WHERE name_key LIKE 'race snack %'"))
                .isEqualTo(COMPANIES * IMPORTS);
        assertThat(count("SELECT count(*) FROM listing l JOIN curated_list c ON c.id = l.list_id"
                + " WHERE c.slug = 'race-overlap' AND l.status = 'ACTIVE'")).isEqualTo(COMPANIES);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'import' AND entity_id = 'race-overlap'"))
                .isEqualTo(IMPORTS);
        assertThat(api.get("/api/v1/check?lists=race-overlap&q=race+snack+2x7").<String>json("$.verdict"))
                .isEqualTo("LISTED");
    }

    @Test
    void an_import_racing_curators_on_the_same_names_answers_201_or_a_409_to_retry_and_never_stores_half()
            throws Exception {
        for (int round = 0; round < 4; round++) {
            String prefix = "Raceduel R" + round + " Co ";
            String list = "race-duel-" + round;
            StringBuilder csv = new StringBuilder(HEADER);
            IntStream.range(0, COMPANIES).forEach(company -> csv.append(company).append(",Duel Bar ")
                    .append(company).append(',').append(prefix).append(company).append(",Snacks,Racing,-,-,Low\n"));
            Callable<HttpApi.Response> importing = () -> upload.post("/api/v1/imports?list=" + list
                    + "&format=legacy", "text/csv", csv.toString(), "Authorization", TestCuratorToken.bearer());
            // the curator creates the same companies, newest first, while the import creates them oldest first
            Callable<HttpApi.Response> curating = () -> {
                HttpApi.Response last = null;
                for (int company = COMPANIES - 1; company >= 0; company--) {
                    last = api.request("POST", "/api/v1/companies", "{\"name\":\"" + prefix + company + "\"}",
                            "Authorization", TestCuratorToken.bearer());
                    assertThat(last.status()).as(last.body()).isIn(201, 409);
                }
                return last;
            };

            HttpApi.Response imported = together(List.of(importing, curating)).getFirst();

            assertThat(imported.status()).as(imported.body()).isIn(201, 409);
            String key = prefix.toLowerCase(Locale.ROOT) + "%";
            assertThat(count("SELECT count(*) FROM company WHERE name_key LIKE '" + key + "'")).isEqualTo(COMPANIES);
            if (imported.status() == 409) {
                assertThat(imported.contentType()).startsWith("application/problem+json");
                assertThat(imported.<String>json("$.detail")).containsIgnoringCase("retry");
                assertThat(imported.header("Retry-After")).isNotEmpty();
                assertThat(count("SELECT count(*) FROM curated_list WHERE slug = '" + list + "'")).isZero();
                assertThat(count("SELECT count(*) FROM product WHERE name_key LIKE 'duel bar %' AND brand_id IN"
                        + " (SELECT b.id FROM brand b JOIN company c ON c.id = b.company_id WHERE c.name_key LIKE '"
                        + key + "')")).isZero();
            } else {
                assertThat(count("SELECT count(*) FROM listing l JOIN curated_list c ON c.id = l.list_id"
                        + " WHERE c.slug = '" + list + "'")).isEqualTo(COMPANIES);
            }
        }
    }

    @Test
    void an_import_blocked_by_a_curator_creating_the_same_company_answers_409_to_retry_and_the_retry_succeeds()
            throws Exception {
        String csv = HEADER + "1,Blocked Bar,Raceblock Foods,Snacks,Racing,-,-,High\n";
        try (Connection curator = dataSource.getConnection()) {
            // a curator's write, not yet committed, holds the name the import is about to create
            curator.setAutoCommit(false);
            try (Statement insert = curator.createStatement()) {
                insert.executeUpdate("INSERT INTO company (name, name_key)"
                        + " VALUES ('Raceblock Foods', 'raceblock foods')");
            }
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<HttpApi.Response> importing = thread.submit(() -> upload.post(
                        "/api/v1/imports?list=race-block&format=legacy", "text/csv", csv, "Authorization",
                        TestCuratorToken.bearer()));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'") == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                curator.commit();
                HttpApi.Response blocked = importing.get(60, TimeUnit.SECONDS);

                assertThat(blocked.status()).as(blocked.body()).isEqualTo(409);
                assertThat(blocked.contentType()).startsWith("application/problem+json");
                assertThat(blocked.<String>json("$.detail")).containsIgnoringCase("retry");
                assertThat(blocked.header("Retry-After")).isEqualTo("1");
            } finally {
                thread.shutdownNow();
            }
        }
        assertThat(count("SELECT count(*) FROM curated_list WHERE slug = 'race-block'")).isZero();
        assertThat(count("SELECT count(*) FROM product WHERE name_key = 'blocked bar'")).isZero();

        HttpApi.Response retried = upload.post("/api/v1/imports?list=race-block&format=legacy", "text/csv", csv,
                "Authorization", TestCuratorToken.bearer());

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.<Integer>json("$.created.companies")).isZero();
        assertThat(retried.<Integer>json("$.created.products")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM company WHERE name_key = 'raceblock foods'")).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    // every task waits at the latch, so that all start at once
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
