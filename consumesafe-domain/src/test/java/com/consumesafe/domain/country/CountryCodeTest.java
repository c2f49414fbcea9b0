package com.consumesafe.domain.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"TN", "tn", " Tn "})
    void reads_a_code_in_any_case(String code) {
        assertThat(new CountryCode(code).value()).isEqualTo("TN");
        assertThat(new CountryCode(code)).hasToString("TN");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XX", "TUN", "T", "FRA", "<s>", "1 "})
    void refuses_what_is_not_an_assigned_alpha_2_code(String code) {
        assertThatThrownBy(() -> new CountryCode(code))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "country");
    }

    @Test
    void reads_a_blank_optional_code_as_no_country() {
        assertThat(CountryCode.parseOptional(" ")).isEmpty();
        assertThat(CountryCode.parseOptional(null)).isEmpty();
        assertThat(CountryCode.parseOptional("fr")).contains(new CountryCode("FR"));
    }
}
