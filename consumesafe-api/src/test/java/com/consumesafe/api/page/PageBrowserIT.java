package com.consumesafe.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in a real headless Chromium against the running application (loopback, random port) on PostgreSQL,
 * with a catalog imported through the API: what a shopper does, and what they see, in each state.
 */
@ApiIT
class PageBrowserIT {

    private static final Path PROFILES = Path.of("target", "page-profiles");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static boolean imported;
    private static ChromeDriver english;

    @LocalServerPort
    private int port;

    private Browser browser;
    private String base;

    @BeforeEach
    void setUp() {
        browser = Browser.required();
        base = "http://127.0.0.1:" + port;
        if (!imported) {
            PageCatalog.importInto(port);
            imported = true;
        }
        if (english == null) {
            english = browser.start(Browser.freshProfile(PROFILES, "en"), "en-GB,en");
        }
        // each test starts from a shopper who chose nothing yet (all lists, no country)
        open(english, "/");
        english.executeScript("localStorage.clear();");
    }

    @AfterAll
    static void closeBrowser() {
        if (english != null) {
            english.quit();
            english = null;
        }
    }

    @Test
    void a_name_typed_shows_suggestions_then_the_verdict_with_its_reasons() {
        open(english, "/");
        WebElement input = english.findElement(By.id("q"));
        input.sendKeys("crispa");
        WebElement option = wait(english).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#suggestions [role=option]")));
        assertThat(option.getText()).startsWith("Crispalo");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        PageStates.record(english, "suggestions-en");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        WebElement answer = answer(english);
        assertThat(answer.getAttribute("data-verdict")).isEqualTo("LISTED");
        assertThat(english.findElement(By.cssSelector(".verdict")).getAttribute("class")).contains("listed");
        assertThat(english.findElement(By.id("verdict-title")).getText()).isEqualTo("Listed");
        assertThat(english.findElement(By.cssSelector(".verdict-icon")).getText()).isEqualTo("✕");
        assertThat(english.getCurrentUrl()).isEqualTo(base + "/?q=Crispalo");
        assertThat(texts(english, ".match h3 bdi")).first().isEqualTo("Crispalo");
        assertThat(texts(english, ".match:first-of-type .path .step")).containsExactly("brand Crispalo",
                "company Pagetest Foods", "company Pagetest Holdings ✕ listed here");
        assertThat(english.findElement(By.cssSelector(".match .path .step.listed")).getText())
                .contains("Pagetest Holdings");
        assertThat(english.findElement(By.cssSelector(".match .reason")).getText())
                .isEqualTo(PageCatalog.HOSTILE_REASON);
        assertThat(english.findElements(By.cssSelector(".answer-card img"))).isEmpty();
        assertThat(english.findElement(By.cssSelector(".match .listing-head")).getText())
                .isEqualTo(PageCatalog.BOYCOTT + " · severity: high");
        assertThat(english.findElement(By.cssSelector(".match .meta")).getText())
                .isEqualTo("on Pagetest Holdings · since 1 May 2024");
        assertThat(english.findElement(By.cssSelector(".match .sources a")).getAttribute("href"))
                .isEqualTo(PageCatalog.SOURCE);
        assertThat(texts(english, ".match .alternatives li")).singleElement().asString()
                .startsWith("Jasmin Olive Oil").contains("from Tunisia");
        assertThat(english.findElement(By.id("announce")).getAttribute("textContent")).isEqualTo("Listed: Crispalo");
        PageStates.record(english, "listed-en");
    }

    @Test
    void a_name_not_in_the_catalog_is_not_in_our_catalog_and_never_shown_as_clean() {
        open(english, "/?q=zzqqxxvvww");

        WebElement answer = answer(english);
        assertThat(answer.getAttribute("data-verdict")).isEqualTo("UNKNOWN");
        assertThat(english.findElement(By.id("verdict-title")).getText()).isEqualTo("Not in our catalog");
        assertThat(english.findElement(By.cssSelector(".verdict")).getAttribute("class")).contains("unknown")
                .doesNotContain("clean");
        assertThat(english.findElement(By.cssSelector(".verdict-icon")).getText()).isEqualTo("?");
        assertThat(english.findElement(By.cssSelector(".report-box button")).getText())
                .isEqualTo("Report a missing product");
        PageStates.record(english, "unknown-en");
    }

    @Test
    void look_alikes_are_offered_each_with_its_own_verdict_and_checking_one_answers_for_it() {
        HttpApi.Response api = new HttpApi(port).get("/api/v1/check?q=crispelu");
        assertThat(api.<String>json("$.unknownReason")).isEqualTo("NO_CONFIDENT_MATCH");
        List<String> names = api.json("$.didYouMean[*].name");
        List<String> verdicts = api.json("$.didYouMean[*].verdict");
        assertThat(names).contains("Crispalo");

        open(english, "/?q=crispelu");
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("UNKNOWN");
        assertThat(english.findElement(By.id("verdict-title")).getText()).isEqualTo("Not in our catalog");
        assertThat(texts(english, ".did-you-mean li button")).isEqualTo(names);
        assertThat(english.findElements(By.cssSelector(".did-you-mean li .chip")).stream()
                .map(chip -> chip.getAttribute("class").replace("chip ", "")).toList())
                .isEqualTo(verdicts.stream().map(verdict -> switch (verdict) {
                    case "LISTED" -> "listed";
                    case "NOT_LISTED" -> "clean";
                    default -> "unknown";
                }).toList());
        PageStates.record(english, "did-you-mean-en");

        english.findElement(By.xpath("//section[@class='did-you-mean']//button[normalize-space()='Crispalo']"))
                .click();
        wait(english).until(ExpectedConditions.urlToBe(base + "/?q=Crispalo"));
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("LISTED");
    }

    @Test
    void a_corrected_typing_error_says_which_name_the_answer_is_about() {
        HttpApi.Response api = new HttpApi(port).get("/api/v1/check?q=pagetest+holdinsg");
        assertThat(api.<Boolean>json("$.corrected")).isTrue();

        open(english, "/?q=pagetest+holdinsg");
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("LISTED");
        assertThat(english.findElement(By.cssSelector(".corrected")).getText())
                .isEqualTo("Showing the answer for “" + api.json("$.readAs")
                        + "”, the closest name in our catalog.");
        PageStates.record(english, "corrected-en");
    }

    @Test
    void a_barcode_typed_in_is_checked_as_a_barcode_and_gets_its_own_address() {
        open(english, "/");
        english.findElement(By.id("q")).sendKeys(PageCatalog.LISTED_BARCODE, Keys.ENTER);

        WebElement answer = answer(english);
        assertThat(english.getCurrentUrl()).isEqualTo(base + "/?barcode=" + PageCatalog.LISTED_BARCODE);
        assertThat(answer.getAttribute("data-verdict")).isEqualTo("LISTED");
        assertThat(texts(english, ".match .path .step")).first().isEqualTo("product Crispalo Corn Chips");
        PageStates.record(english, "barcode-en");

        open(english, "/?barcode=" + PageCatalog.CLEAN_BARCODE);
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("NOT_LISTED");
        assertThat(english.findElement(By.id("verdict-title")).getText()).isEqualTo("Not listed");
        assertThat(english.findElement(By.cssSelector(".verdict-icon")).getText()).isEqualTo("✓");
        PageStates.record(english, "not-listed-en");

        open(english, "/?barcode=2000000000015");
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("UNKNOWN");
        assertThat(english.findElement(By.id("verdict-title")).getText()).isEqualTo("Store-only barcode");
        PageStates.record(english, "store-only-en");
    }

    @Test
    void the_chosen_lists_are_remembered_and_sent_with_every_check() {
        open(english, "/?q=Crispalo");
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("LISTED");
        english.findElement(By.id("open-settings")).click();
        WebElement boycott = wait(english).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#lists-choices input[value='" + PageCatalog.BOYCOTT + "']")));
        PageStates.record(english, "settings-en");
        boycott.click();
        new Select(english.findElement(By.id("country"))).selectByValue("TN");
        english.findElement(By.cssSelector("#settings-form button[value=save]")).click();

        wait(english).until(driver -> "NOT_LISTED".equals(answer(driver).getAttribute("data-verdict")));
        english.navigate().refresh();
        assertThat(answer(english).getAttribute("data-verdict")).isEqualTo("NOT_LISTED");
        english.findElement(By.id("open-settings")).click();
        assertThat(wait(english).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#lists-choices input[value='" + PageCatalog.BOYCOTT + "']"))).isSelected()).isFalse();
        assertThat(new Select(english.findElement(By.id("country"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("TN");
        english.findElement(By.cssSelector("#lists-choices input[value='" + PageCatalog.BOYCOTT + "']")).click();
        english.findElement(By.cssSelector("#settings-form button[value=save]")).click();
        wait(english).until(driver -> "LISTED".equals(answer(driver).getAttribute("data-verdict")));
        assertThat(texts(english, ".match .alternatives li")).singleElement().asString()
                .contains("from Tunisia, your country");
    }

    @Test
    void the_report_form_submits_and_the_api_holds_the_report() {
        open(english, "/?q=Crispalo");
        answer(english);
        english.findElement(By.cssSelector(".match .report-box button")).click();
        WebElement form = english.findElement(By.cssSelector(".match form.report"));
        new Select(form.findElement(By.cssSelector("select[id$=-kind]"))).selectByValue("MISSING_ENTRY");
        new Select(form.findElement(By.cssSelector("select[id$=-list]"))).selectByValue(PageCatalog.BOYCOTT);
        new Select(form.findElement(By.cssSelector("select[id$=-severity]"))).selectByValue("LOW");
        WebElement text = form.findElement(By.tagName("textarea"));
        assertThat(text.getAttribute("value")).startsWith("About “Crispalo” (checked as “Crispalo”):");
        text.sendKeys("Its owner is on the list since 2024.");
        PageStates.record(english, "report-form-en");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait(english).until(driver -> form.getAttribute("data-report-id") != null);
        assertThat(form.findElement(By.cssSelector(".report-result")).getText())
                .startsWith("Thank you, your report was received. Status: waiting for a curator.");
        HttpApi.Response held = new HttpApi(port).get("/api/v1/reports/" + form.getAttribute("data-report-id"));
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.<String>json("$.status")).isEqualTo("PENDING");
        assertThat(held.<String>json("$.kind")).isEqualTo("MISSING_ENTRY");
        assertThat(held.<String>json("$.target.kind")).isEqualTo("BRAND");
        assertThat(held.<String>json("$.proposal.list")).isEqualTo(PageCatalog.BOYCOTT);
        assertThat(held.<String>json("$.proposal.severity")).isEqualTo("LOW");
        assertThat(held.<String>json("$.proposal.reason")).endsWith("Its owner is on the list since 2024.");
        PageStates.record(english, "report-received-en");
    }

    @Test
    void the_arabic_page_is_right_to_left_translated_and_formats_dates_in_arabic() {
        ChromeDriver arabic = browser.start(Browser.freshProfile(PROFILES, "ar"), "ar-TN,ar");
        try {
            open(arabic, "/?q=Crispalo");
            answer(arabic);
            assertThat(arabic.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(arabic.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
            assertThat(arabic.findElement(By.tagName("h1")).getText()).isEqualTo("هل هو على قائمة تهمّك؟");
            assertThat(arabic.findElement(By.id("verdict-title")).getText()).isEqualTo("على قائمة");
            Object expectedDate = arabic.executeScript("return new Intl.DateTimeFormat('ar-TN', { dateStyle: 'long',"
                    + " timeZone: 'UTC' }).format(Date.UTC(2024, 4, 1));");
            assertThat(arabic.findElement(By.cssSelector(".match .meta")).getText()).contains((String) expectedDate);
            assertThat(untranslated(arabic)).as("texts of the page still in English").isEmpty();
            assertThat(missingTranslations(arabic)).as("English texts without a French or Arabic one").isEmpty();
            PageStates.record(arabic, "listed-ar");

            new Select(arabic.findElement(By.id("language"))).selectByValue("fr");
            wait(arabic).until(driver -> "fr".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(arabic.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
            assertThat(arabic.findElement(By.id("verdict-title")).getText()).isEqualTo("Sur une liste");
            PageStates.record(arabic, "listed-fr");
        } finally {
            arabic.quit();
        }
    }

    @Test
    void offline_after_a_first_visit_the_page_opens_and_says_it_cannot_check() {
        ChromeDriver shopper = browser.start(Browser.freshProfile(PROFILES, "offline"), "en");
        try {
            open(shopper, "/?q=Crispalo");
            answer(shopper);
            Object cached = shopper.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.serviceWorker.ready.then(() => caches.keys()).then((keys) => done(keys.length));
                    """);
            assertThat(cached).isEqualTo(1L);
            shopper.executeCdpCommand("Network.enable", Map.of());
            shopper.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));

            open(shopper, "/?q=Jasmin+Olive+Oil");
            WebElement notice = wait(shopper).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".notice.offline")));
            assertThat(shopper.findElement(By.tagName("h1")).getText()).isEqualTo("Is it on a list you care about?");
            assertThat(notice.getText()).contains("You are offline.", "ConsumeSafe cannot check now.",
                    "There is no earlier answer to this question on this device.");
            assertThat(shopper.findElements(By.cssSelector(".verdict"))).isEmpty();
            PageStates.record(shopper, "offline-en");

            open(shopper, "/?q=Crispalo");
            WebElement saved = wait(shopper).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".notice.offline")));
            assertThat(saved.getText()).contains("ConsumeSafe cannot check now.", "Below is the answer you saw on");
            assertThat(answer(shopper).getAttribute("data-verdict")).isEqualTo("LISTED");
            PageStates.record(shopper, "offline-saved-en");
        } finally {
            shopper.quit();
        }
    }

    @Test
    void the_camera_reads_a_barcode_and_checks_it() {
        Path video = BarcodeVideo.of(PageCatalog.LISTED_BARCODE, Path.of("target", "page-camera"));
        ChromeDriver shopper = browser.start(Browser.freshProfile(PROFILES, "camera"), "en",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath());
        try {
            open(shopper, "/");
            shopper.findElement(By.id("scan")).click();
            wait(shopper).until(ExpectedConditions.visibilityOfElementLocated(By.id("camera")));
            PageStates.record(shopper, "camera-en");

            WebElement answer = answer(shopper);
            assertThat(shopper.getCurrentUrl()).isEqualTo(base + "/?barcode=" + PageCatalog.LISTED_BARCODE);
            assertThat(answer.getAttribute("data-verdict")).isEqualTo("LISTED");
            assertThat(shopper.findElement(By.id("scanner")).isDisplayed()).isFalse();
            Object detector = shopper.executeScript("return document.documentElement.dataset.scanner;");
            Object nativeApi = shopper.executeScript("return 'BarcodeDetector' in window;");
            // the polyfill is used exactly where the browser lacks the Barcode Detection API
            assertThat(detector).isEqualTo(Boolean.TRUE.equals(nativeApi) ? "native" : "polyfill");
            PageStates.record(shopper, "scanned-en");
        } finally {
            shopper.quit();
        }
    }

    /** Opens a page of the application and waits until its script has started (listeners wired, texts loaded). */
    private void open(WebDriver driver, String path) {
        driver.get(base + path);
        wait(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-ready", "true"));
    }

    private static WebElement answer(WebDriver driver) {
        return wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#answer:not([aria-busy]) .answer-card")));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE);
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The shell's texts that still read as in English (each translatable text is marked data-t). */
    @SuppressWarnings("unchecked")
    private static List<String> untranslated(JavascriptExecutor page) {
        return (List<String>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const base = document.querySelector('script[type=module]').src.replace(/main\\.js$/, '');
                import(base + 'i18n/en.js').then(({ default: english }) => done(
                  [...document.querySelectorAll('[data-t]')].map((node) => node.textContent)
                    .filter((text) => Object.values(english).includes(text))));
                """);
    }

    /** Keys of the English texts that French or Arabic lacks, or leaves empty. */
    @SuppressWarnings("unchecked")
    private static List<String> missingTranslations(JavascriptExecutor page) {
        return (List<String>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const base = document.querySelector('script[type=module]').src.replace(/main\\.js$/, '');
                Promise.all(['en', 'fr', 'ar'].map((code) => import(base + 'i18n/' + code + '.js')))
                  .then(([en, fr, ar]) => done(Object.keys(en.default)
                    .filter((key) => !fr.default[key] || !ar.default[key])));
                """);
    }
}
