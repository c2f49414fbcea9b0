package com.consumesafe.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page as HTTP serves it, no browser needed: its headers, caching, files and first-load size. */
@ApiIT
class PageHttpIT {

    /** The budget for the first load (code and styles, compressed), the barcode polyfill excluded. */
    private static final int FIRST_LOAD_BUDGET = 100 * 1024;

    @LocalServerPort
    private int port;

    private HttpApi http;

    @BeforeEach
    void setUp() {
        http = new HttpApi(port);
    }

    @Test
    void the_shell_is_revalidated_on_every_visit_under_a_strict_content_security_policy() {
        HttpApi.Response shell = http.get("/?q=anything");

        assertThat(shell.status()).isEqualTo(200);
        assertThat(shell.contentType()).startsWith("text/html");
        assertThat(shell.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(shell.header("Content-Security-Policy")).contains("default-src 'none'", "script-src 'self';",
                "style-src 'self';", "connect-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
        assertThat(shell.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // no inline script or style that the policy would have to allow
        assertThat(shell.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("<style", "style=");
        assertThat(http.request("GET", "/", null, "If-None-Match", shell.header("ETag")).status()).isEqualTo(304);
        HttpApi.Response worker = http.get("/sw.js");
        assertThat(worker.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(worker.contentType()).startsWith("text/javascript");
    }

    @Test
    void every_asset_is_named_by_its_content_and_cached_for_a_year_and_the_worker_keeps_them_all() {
        String prefix = assetPrefix(http.get("/").body());
        List<String> shell = shellFiles();

        assertThat(shell).contains("/", prefix + "/main.js", prefix + "/page.css", prefix + "/manifest.webmanifest",
                prefix + "/i18n/ar.js", prefix + "/i18n/fr.js", prefix + "/i18n/en.js");
        for (String path : shell.subList(1, shell.size())) {
            HttpApi.Response asset = http.get(path);
            assertThat(asset.status()).as(path).isEqualTo(200);
            assertThat(asset.header("Cache-Control")).as(path).isEqualTo("max-age=31536000, public, immutable");
        }
        assertThat(http.get(prefix + "/manifest.webmanifest").contentType()).startsWith("application/manifest+json");
        assertThat(http.get("/app/000000000000/main.js").status()).isEqualTo(404);
        HttpApi.Response polyfill = http.get(prefix + "/vendor/html5-qrcode/html5-qrcode.min.js");
        assertThat(polyfill.status()).isEqualTo(200);
        assertThat(polyfill.body()).contains("Html5Qrcode");
        assertThat(shell).noneMatch(path -> path.contains("/vendor/"));
    }

    @Test
    void the_page_never_turns_text_into_markup_and_the_first_load_stays_within_budget() {
        long compressed = 0;
        for (String path : shellFiles()) {
            String body = http.get(path).body();
            if (path.endsWith(".js")) {
                assertThat(body).as(path).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                        "document.write", "eval(", "new Function");
            }
            if (!path.endsWith(".png")) {
                compressed += gzip(body);
            }
        }
        assertThat(compressed).as("every file of the shell but its PNG icons, gzip-compressed, in bytes")
                .isLessThan(FIRST_LOAD_BUDGET);
    }

    private List<String> shellFiles() {
        Matcher list = Pattern.compile("const SHELL = \\[(.*?)];").matcher(http.get("/sw.js").body());
        assertThat(list.find()).isTrue();
        return Pattern.compile("\"([^\"]+)\"").matcher(list.group(1)).results().map(match -> match.group(1)).toList();
    }

    private static String assetPrefix(String shell) {
        Matcher main = Pattern.compile("src=\"(/app/[0-9a-f]{12})/main\\.js\"").matcher(shell);
        assertThat(main.find()).isTrue();
        return main.group(1);
    }

    private static int gzip(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }
}
