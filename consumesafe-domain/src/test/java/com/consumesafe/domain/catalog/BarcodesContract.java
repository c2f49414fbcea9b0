package com.consumesafe.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.barcode.Gtin;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Barcodes} must do; adapters' tests extend it. */
public abstract class BarcodesContract {

    /** The port under test, over storage that holds none of the in-store barcodes (prefix 29) used here. */
    protected abstract Barcodes barcodes();

    /** Puts in place the rows the port reads. */
    protected abstract CatalogFixture catalog();

    @Test
    void finds_the_product_by_any_of_its_barcodes_whatever_form_was_scanned() {
        Gtin first = gtin("29123456789");
        Gtin second = gtin("29123456790");
        BrandId brand = catalog().brand("Contract Barcode Brand", catalog().company("Contract Barcode Company"));
        ProductId product = catalog().product("Contract Barcode Product", brand, Set.of(first, second));

        assertThat(barcodes().productWith(first)).contains(product);
        assertThat(barcodes().productWith(second)).contains(product);
        assertThat(barcodes().productWith(Gtin.parse("0" + first.value().substring(2)))).contains(product);
    }

    @Test
    void knows_nothing_of_a_barcode_no_product_carries() {
        assertThat(barcodes().productWith(gtin("29999999999"))).isEmpty();
    }

    /** A valid UPC-A from eleven digits, with its check digit computed here rather than by the code under test. */
    public static Gtin gtin(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < elevenDigits.length(); i++) {
            sum += (elevenDigits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return Gtin.parse(elevenDigits + (10 - sum % 10) % 10);
    }
}
