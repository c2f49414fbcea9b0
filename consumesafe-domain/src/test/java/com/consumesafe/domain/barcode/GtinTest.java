package com.consumesafe.domain.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @CsvSource({
        "036000291452,   00036000291452",
        "0036000291452,  00036000291452",
        "00036000291452, 00036000291452",
        "4006381333931,  04006381333931",
        "96385074,       00000096385074",
        "5449000000996,  05449000000996",
        "10036000291459, 10036000291459",
    })
    void reads_every_form_into_gtin_14(String barcode, String gtin14) {
        assertThat(Gtin.parse(barcode).value()).isEqualTo(gtin14);
        assertThat(Gtin.isValid(barcode)).isTrue();
    }

    @Test
    void upc_a_ean_13_and_gtin_14_of_one_item_are_one_barcode() {
        assertThat(Gtin.parse("036000291452"))
                .isEqualTo(Gtin.parse("0036000291452"))
                .isEqualTo(Gtin.parse("00036000291452"))
                .isEqualTo(new Gtin("00036000291452"))
                .hasToString("00036000291452");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381 333931", "4-006381-333931", " 4006381333931 ", "400 638 133 393 1"})
    void allows_spaces_and_hyphens_between_digits(String barcode) {
        assertThat(Gtin.parse(barcode).value()).isEqualTo("04006381333931");
    }

    @Test
    void agrees_with_an_independent_check_digit_on_many_codes() {
        for (long payload = 400638133390L; payload < 400638133500L; payload++) {
            String digits = Long.toString(payload);
            String valid = digits + independentCheckDigit(digits);

            assertThat(Gtin.parse(valid).value()).endsWith(valid);
            for (int wrong = 0; wrong < 10; wrong++) {
                if (wrong != independentCheckDigit(digits)) {
                    assertThat(Gtin.isValid(digits + wrong)).isFalse();
                }
            }
        }
    }

    @Test
    void says_which_check_digit_was_expected() {
        assertThatThrownBy(() -> Gtin.parse("4006381333932"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "barcode")
                .hasMessageContaining("expected 1, found 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1234567", "123456789", "12345678901", "123456789012345", "40063813339310"})
    void refuses_a_wrong_number_of_digits_or_a_bad_check_digit(String barcode) {
        assertThatThrownBy(() -> Gtin.parse(barcode))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "barcode");
    }

    @Test
    void names_the_length_it_got() {
        assertThatThrownBy(() -> Gtin.parse("12345")).hasMessageContaining("not 5");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "40063813339A1", "4006381333931;", "４００６３８１３３３９３１", "0x4006381333931",
        "' or 1=1 --", "4006381333931\u0000", "00000000", "00000000000000"})
    void refuses_letters_other_characters_and_empty_codes(String barcode) {
        assertThatThrownBy(() -> Gtin.parse(barcode))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "barcode");
        assertThat(Gtin.isValid(barcode)).isFalse();
    }

    @Test
    void refuses_overlong_input_before_reading_it() {
        assertThatThrownBy(() -> Gtin.parse("1".repeat(1000))).hasMessageContaining("at most 28");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"036000291452", "00036000291453", "0003600029145A"})
    void holds_only_a_checked_gtin_14(String value) {
        assertThatThrownBy(() -> new Gtin(value)).isInstanceOf(InvalidValueException.class);
    }

    private static int independentCheckDigit(String digits) {
        int odd = 0;
        int even = 0;
        // positions counted from the right of the full code: the check digit is position 1
        for (int position = 2; position <= digits.length() + 1; position++) {
            int digit = Character.getNumericValue(digits.charAt(digits.length() - position + 1));
            if (position % 2 == 0) {
                even += digit;
            } else {
                odd += digit;
            }
        }
        int total = even * 3 + odd;
        return total % 10 == 0 ? 0 : 10 - total % 10;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2000000000015", "2912345678906", "2999999999991", "0200000000004",
        "212345678909", "412345678903", "512345678900",
        "9800000000007", "9840000000003", "9900000000004", "9999999999994",
        "02345673", "20000004",
        "12000000000012",
    })
    void knows_restricted_circulation_numbers_that_name_nothing_outside_one_shop(String barcode) {
        Gtin gtin = Gtin.parse(barcode);

        assertThat(gtin.isRestrictedCirculation()).isTrue();
        assertThatThrownBy(gtin::requireGlobal).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("barcode");
            assertThat(e.getMessage()).contains("restricted-circulation");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"036000291452", "4006381333931", "96385074", "5449000000996", "10036000291459",
        "6191234567897", "3017620422003", "9780306406157", "9771234567003", "0012345678905", "1234567890128",
        "030000000007", "196385074009"})
    void takes_every_other_number_as_global(String barcode) {
        Gtin gtin = Gtin.parse(barcode);

        assertThat(gtin.isRestrictedCirculation()).isFalse();
        assertThat(gtin.requireGlobal()).isSameAs(gtin);
    }
}
