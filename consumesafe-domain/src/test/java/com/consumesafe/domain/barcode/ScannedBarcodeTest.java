package com.consumesafe.domain.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScannedBarcodeTest {

    private static final Gtin NUTELLA = Gtin.parse("8000500310427");

    @ParameterizedTest
    @ValueSource(strings = {
        "8000500310427",
        "800 0500 31042 7",
        "8-000500-310427",
        "08000500310427",
        "https://id.gs1.org/01/08000500310427",
        "HTTPS://ID.GS1.ORG/01/08000500310427",
        "https://id.gs1.org/01/8000500310427",
        "https://example.com/01/08000500310427/10/LOT42?17=270101",
        "http://brand.example/products/01/08000500310427#nutrition",
        "https://example.com/gtin/08000500310427",
        "(01)08000500310427",
        "(01)08000500310427(17)270101(10)LOT42",
        "0108000500310427",
        "010800050031042717270101\u001d10LOT42",
        "]C10108000500310427",
        "]d2010800050031042710ABC",
        "\u001d0108000500310427",
    })
    void reads_the_gtin_in_every_form_phones_and_scanners_give(String scanned) {
        assertThat(ScannedBarcode.read(scanned)).isEqualTo(NUTELLA);
        assertThat(ScannedBarcode.isReadable(scanned)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/products/8000500310427",
        "https://id.gs1.org/00/008000500310427",
        "(00)080005003104271234",
        "(01)0800050031042",
        "0108000500310428",
        "https://id.gs1.org/01/08000500310428",
        "ftp://id.gs1.org/01/08000500310427",
        "nutella",
    })
    void refuses_text_that_carries_no_valid_gtin_naming_the_field(String scanned) {
        assertThatThrownBy(() -> ScannedBarcode.read(scanned)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("barcode"));
        assertThat(ScannedBarcode.isReadable(scanned)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refuses_empty_and_overlong_text(String blank) {
        assertThatThrownBy(() -> ScannedBarcode.read(blank)).hasMessageContaining("empty");
        assertThatThrownBy(() -> ScannedBarcode.read(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> ScannedBarcode.read("https://id.gs1.org/01/08000500310427?"
                + "x".repeat(ScannedBarcode.MAX_LENGTH))).hasMessageContaining("at most");
    }
}
