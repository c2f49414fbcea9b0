package com.consumesafe.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.HttpApi;
import com.consumesafe.api.StandaloneApplication;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.imports.CsvReader;
import com.consumesafe.persistence.testdb.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The relevance suite: a made-up list in the legacy layout (bench/relevance/list.csv) imported through the API,
 * then every labelled query of bench/relevance/queries.csv checked through the API. It prints precision of LISTED,
 * precision of NOT_LISTED and recall of LISTED, writes every answer to target/relevance-report.txt, and holds the
 * targets: a false verdict in either direction is a defect, a missed LISTED at most one query in twenty.
 */
class RelevanceIT {

    private static final Logger LOG = LoggerFactory.getLogger(RelevanceIT.class);
    private static final double MIN_LISTED_RECALL = 0.95;

    @Test
    void verdicts_on_the_labelled_queries_meet_the_targets() throws IOException, InterruptedException {
        Path folder = relevanceFolder();
        List<Labelled> queries = labelled(folder.resolve("queries.csv"));
        List<Answered> answers = new ArrayList<>();
        try (ConfigurableApplicationContext application = StandaloneApplication.startBeside(TestDatabase.createEmpty(),
                "--consumesafe.admin-token=" + TestCuratorToken.LABEL + "=" + TestCuratorToken.TOKEN,
                "--consumesafe.rate-limit.enabled=false")) {
            int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpResponse<String> imported = importList(port, Files.readAllBytes(folder.resolve("list.csv")));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            HttpApi api = new HttpApi(port);
            for (Labelled query : queries) {
                HttpApi.Response response = api.get("/api/v1/check?lists=relevance&q="
                        + URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
                assertThat(response.status()).as(query.text() + ": " + response.body()).isEqualTo(200);
                answers.add(new Answered(query, response.json("$.verdict"), response.body()));
            }
        }
        RelevanceFigures figures = RelevanceFigures.of(answers);
        String report = figures.summary() + System.lineSeparator() + figures.details();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance-report.txt"), report);
        LOG.info(figures.summary());

        assertThat(figures.listedPrecision()).as(report).isEqualTo(1.0);
        assertThat(figures.notListedPrecision()).as(report).isEqualTo(1.0);
        assertThat(figures.listedRecall()).as(report).isGreaterThanOrEqualTo(MIN_LISTED_RECALL);
    }

    private static HttpResponse<String> importList(int port, byte[] csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/imports?list=relevance&format=legacy&title=Relevance"))
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Authorization", TestCuratorToken.bearer())
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<Labelled> labelled(Path file) throws IOException {
        List<List<String>> records = CsvReader.read(Files.readString(file));
        return records.subList(1, records.size()).stream()
                .filter(record -> !CsvReader.isBlank(record))
                .map(record -> new Labelled(record.get(0), record.get(1), record.get(2)))
                .toList();
    }

    private static Path relevanceFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bench/relevance"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no bench/relevance above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("bench/relevance");
    }
}
