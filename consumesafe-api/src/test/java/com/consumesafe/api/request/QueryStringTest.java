package com.consumesafe.api.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.problem.FieldError;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"q=nestle", "q=caf%C3%A9+noir&lists=a,b", "q=%E4%B8%AD&flag", "q=&=x", "q=%2525",
        "q=%0D%0Aline", "a=1&a=2"})
    void lets_through_what_decodes_to_text(String query) {
        assertThat(QueryString.firstBroken(query, 1000)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "q=%zz|q|is not valid percent-encoding (% must be followed by two hex digits)",
        "lists=a&q=%|q|is not valid percent-encoding (% must be followed by two hex digits)",
        "q=%4|q|is not valid percent-encoding (% must be followed by two hex digits)",
        "q=%ff%fe|q|must be UTF-8 once percent-decoded",
        "category=%C3%28%0D%0A2026|category|must be UTF-8 once percent-decoded",
        "category=a%00b|category|must not contain the NUL character",
        "q=ok&size=%EF%BC%91%zz|size|is not valid percent-encoding (% must be followed by two hex digits)",
        "%zz=1|query|has a parameter name that is not valid percent-encoding (% must be followed by two hex digits)",
        "a%00=1|query|has a parameter name that must not contain the NUL character",
        "=%ff|query|must be UTF-8 once percent-decoded"
    })
    void names_the_first_parameter_that_does_not_decode(String query, String field, String message) {
        assertThat(QueryString.firstBroken(query, 1000)).contains(new FieldError(field, message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%\uFF10\uFF10"})
    void reads_only_ascii_hex_digits_after_a_percent(String query) {
        assertThat(QueryString.firstBroken(query, 1000)).map(FieldError::field).isEqualTo(Optional.of("q"));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void refuses_more_parameters_than_the_container_reads(int parameters) {
        String query = "a=1&".repeat(parameters - 1) + "a=1";

        assertThat(QueryString.firstBroken(query, 3).isPresent()).isEqualTo(parameters > 3);
    }
}
