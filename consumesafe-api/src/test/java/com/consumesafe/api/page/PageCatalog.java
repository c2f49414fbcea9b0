package com.consumesafe.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.api.imports.CsvUpload;
import com.consumesafe.domain.imports.NativeFormat;
import java.util.List;

/** A small made-up catalog, imported through the curators' API as a curator would, for the page's tests. */
final class PageCatalog {

    static final String BOYCOTT = "page-boycott";
    static final String RECALLS = "page-recalls";
    static final String LISTED_BARCODE = "7612345678900";
    static final String CLEAN_BARCODE = "6291041500213";
    /** A reason written as markup: the page must show it as text, never build an element from it. */
    static final String HOSTILE_REASON =
            "Fictional test reason <img src=x onerror=alert(1)>: the holding does not exist.";
    static final String SOURCE = "https://example.org/page-test";

    private PageCatalog() {
    }

    static void importInto(int port) {
        CsvUpload upload = new CsvUpload(port);
        importList(upload, BOYCOTT, List.of(
                "company,Pagetest Holdings,,,,US,,,,,,,,,,,",
                "company,Pagetest Foods,,,Pagetest Holdings,FR,,,,,,,,,,,",
                "company,Jasmin Farms,,,,TN,,,,,,,,,,,",
                "brand,Pagetest Foods,Crispalo,,,,,,,,,,,,,,",
                "brand,Jasmin Farms,Jasmin,,,,,,,,,,,,,,",
                "product,Pagetest Foods,Crispalo,Crispalo Corn Chips,,FR,Snacks," + LISTED_BARCODE + ",,,,,,,,,",
                "product,Jasmin Farms,Jasmin,Jasmin Olive Oil,,TN,Pantry," + CLEAN_BARCODE + ",,,,,,,,,",
                "listing,Pagetest Holdings,,,,,,,\"" + HOSTILE_REASON + "\",HIGH," + SOURCE + ",2024-05-01,ACTIVE,,,,",
                "alternative,Pagetest Foods,Crispalo,,,TN,,,,,,,,Jasmin Farms,Jasmin,Jasmin Olive Oil,"
                        + "A made-up local alternative."));
        importList(upload, RECALLS, List.of(
                "company,Pagetest Holdings,,,,US,,,,,,,,,,,",
                "company,Pagetest Foods,,,Pagetest Holdings,FR,,,,,,,,,,,",
                "brand,Pagetest Foods,Crispalo,,,,,,,,,,,,,,",
                "product,Pagetest Foods,Crispalo,Crispalo Salsa,,FR,Sauces,,,,,,,,,,",
                "listing,Pagetest Foods,Crispalo,Crispalo Salsa,,,,,Fictional recall for the page's tests.,MEDIUM,,,"
                        + "ACTIVE,,,,"));
    }

    private static void importList(CsvUpload upload, String list, List<String> rows) {
        String file = String.join(",", NativeFormat.COLUMNS) + "\r\n" + String.join("\r\n", rows) + "\r\n";
        HttpApi.Response imported = upload.post("/api/v1/imports?format=native&list=" + list, "text/csv", file,
                "Authorization", TestCuratorToken.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }
}
