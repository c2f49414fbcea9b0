package com.consumesafe.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nestle", "NESTLÉ", "nestlé", "Nestlé", "  nestle  ", "Nestlé S.A.", "Nestle SA",
        "NESTLÉ S.A", "Nestlé (Switzerland)", "nestle\u0301", "Nestle\u00A0", "Nestlé Inc."})
    void finds_nestle_whatever_the_accents_case_and_legal_form(String name) {
        assertThat(NameKey.of(name).value()).isEqualTo("nestle");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ben & Jerry's               | ben and jerrys
            Ben & Jerry's (Unilever)    | ben and jerrys
            Ben and Jerry’s             | ben and jerrys
            BEN&JERRY'S                 | ben and jerrys
            L'Oréal                     | loreal
            Jerry´s                     | jerrys
            Jerry＇s                     | jerrys
            Coca-Cola™                  | coca cola
            Nutella®                    | nutella
            Hawaiʻi Chips               | hawaii chips
            L’ORÉAL Paris               | loreal paris
            Coca-Cola                   | coca cola
            Coca Cola                   | coca cola
            coca.cola                   | coca cola
            Coca-Cola [USA]             | coca cola
            Coca-Cola (USA) [bottler]   | coca cola
            Procter & Gamble            | procter and gamble
            Procter and Gamble          | procter and gamble
            Procter+Gamble              | procter and gamble
            Procter & Gamble Co.        | procter and gamble
            Procter & Gamble Company    | procter and gamble
            Marks & Co                  | marks
            M&M's                       | m and ms
            Nescafé                     | nescafe
            Straße                      | strasse
            Ærø                         | aero
            Œuvre                       | oeuvre
            Łódź                        | lodz
            Đakovo                      | dakovo
            Þór                         | thor
            Smörgåsbord                 | smorgasbord
            ÇAĞDAŞ                      | cagdas
            Ülker                       | ulker
            Häagen-Dazs                 | haagen dazs
            Dr. Pepper                  | dr pepper
            7 Up                        | 7 up
            Ⅻ Apostles                  | xii apostles
            ﬁne                         | fine
            (Unilever)                  | unilever
            Canal+                      | canal
            """)
    void unifies_accents_punctuation_and_decorations(String name, String key) {
        assertThat(NameKey.of(name).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISTANBUL", "istanbul", "İstanbul", "ıstanbul", "Istanbul"})
    void reads_the_turkish_dotted_and_dotless_i_as_a_plain_i(String name) {
        assertThat(NameKey.of(name).value()).isEqualTo("istanbul");
    }

    @Test
    void keeps_single_spaces_between_words_and_compacts_them_for_near_duplicates() {
        NameKey spaced = NameKey.of("Soda  Stream");
        NameKey joined = NameKey.of("SodaStream");

        assertThat(spaced.value()).isEqualTo("soda stream");
        assertThat(spaced).isNotEqualTo(joined);
        assertThat(spaced.compact()).isEqualTo(joined.compact()).isEqualTo("sodastream");
        assertThat(NameKey.of("Nescafe")).isEqualTo(NameKey.of("Nescafé"));
        assertThat(spaced.isNearDuplicateOf(joined)).isTrue();
        assertThat(spaced.isNearDuplicateOf(NameKey.of("Soda Streams"))).isFalse();
        assertThat(spaced.isNearDuplicateOf(null)).isFalse();
    }

    @Test
    void sees_full_width_brackets_as_decoration_too() {
        assertThat(NameKey.of("Ben & Jerry's（Unilever）").value()).isEqualTo("ben and jerrys");
        assertThat(NameKey.of("ＮＥＳＴＬＥ").value()).isEqualTo("nestle");
    }

    @Test
    void removes_control_and_invisible_characters_and_treats_line_breaks_as_spaces() {
        assertThat(NameKey.of("Nes\u0000tlé\u200B").value()).isEqualTo("nestle");
        assertThat(NameKey.of("Ben\t&\nJerry\u0007's").value()).isEqualTo("ben and jerrys");
        assertThat(NameKey.of("Nest\uD800le").value()).isEqualTo("nestle");
        assertThat(NameKey.of("Nestle\uDC00").value()).isEqualTo("nestle");
    }

    @Test
    void keeps_letters_of_other_scripts() {
        assertThat(NameKey.of("دانون").value()).isEqualTo("دانون");
        assertThat(NameKey.of("ΝΕΣΤΛΕ").value()).isEqualTo("νεστλε");
        assertThat(NameKey.of("ΟΔΥΣΣΕΥΣ")).isEqualTo(NameKey.of("οδυσσευς"));
    }

    @Test
    void turns_hostile_input_into_plain_words() {
        assertThat(NameKey.of("<script>alert('x')</script>").value()).isEqualTo("script alert x script");
        assertThat(NameKey.of("'; DROP TABLE brand; --").value()).isEqualTo("drop table brand");
        assertThat(NameKey.of("%_\\ nestle %").value()).isEqualTo("nestle");
    }

    @Test
    void gives_plain_stable_keys_for_any_text_at_all() {
        Random random = new Random(20_261_124);
        int[] pool = {'a', 'Z', '0', ' ', '&', '+', '-', '\'', '(', ')', '[', ']', '.', '\t', 0, 0x7F, 0x0301, 0x0308,
            0x00DF, 0x00E6, 0x01FD, 0x0130, 0x0131, 0x00D8, 0x2122, 0x00B4, 0xFF08, 0xFF09, 0xFF21, 0x2163, 0xFB01,
            0x200B, 0x00AD, 0xD800, 0xDC00, 0xFFFD, 0x0645, 0x064E, 0x4E2D, 0x1F600, 0x03A3, 0x03C2, 0x0149, 0x01F0,
            0x1E9E, 0x2460, 0x00BD, 0xE000, 0x0378};
        Pattern plain = Pattern.compile("[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*");
        // a plain Latin letter or digit survives every step of normalising: a name holding one is never refused
        Pattern plainLetter = Pattern.compile("[aZ0]");
        int keys = 0;
        int refusals = 0;
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String name = text.toString();
            try {
                NameKey key = NameKey.of(name);
                assertThat(key.value()).as("key of %s", name).matches(plain);
                assertThat(NameKey.of(key.value())).as("key of %s", name).isEqualTo(key);
                keys++;
            } catch (InvalidValueException refused) {
                assertThat(plainLetter.matcher(name).find()).as("refused %s, which has a plain letter", name)
                        .isFalse();
                assertThat(refused.field()).isEqualTo("name");
                assertThat(refused.getMessage()).as("refusal of %s", name).contains("letter or a digit");
                refusals++;
            }
        }
        // both outcomes are exercised: a NameKey refusing everything, or nothing, fails here
        assertThat(keys).isGreaterThan(10_000);
        assertThat(refusals).isPositive();
    }

    @Test
    void is_the_same_for_a_key_normalised_twice() {
        NameKey key = NameKey.of("Ben & Jerry's (Unilever)");

        assertThat(NameKey.of(key.value())).isEqualTo(key);
        assertThat(new NameKey(key.value())).isEqualTo(key);
        assertThat(key).hasToString("ben and jerrys");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "+", "-- !! --", "'", "\u0000\u0001", "()"})
    void refuses_a_name_with_nothing_to_compare(String name) {
        assertThatThrownBy(() -> NameKey.of(name))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void refuses_overlong_input_naming_the_field_it_came_from() {
        assertThat(NameKey.of("a".repeat(NameKey.MAX_INPUT_LENGTH)).value()).hasSize(NameKey.MAX_INPUT_LENGTH);
        assertThatThrownBy(() -> NameKey.of("q", "a".repeat(NameKey.MAX_INPUT_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "q")
                .hasMessageContaining("at most 200");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Nestle", "ben & jerrys", " nestle", "nestle  sa", "nestle sa"})
    void refuses_to_build_a_key_from_a_value_not_in_normal_form(String value) {
        assertThatThrownBy(() -> new NameKey("a".repeat(1001))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NameKey(value))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void first_words_are_the_starts_that_are_keys_themselves() {
        assertThat(NameKey.of("Frosty & Jo's Cone").firstWords()).extracting(NameKey::value)
                .containsExactly("frosty", "frosty and jos", "frosty and jos cone");
        assertThat(NameKey.of("Pepsora Co Drinks").firstWords()).extracting(NameKey::value)
                .containsExactly("pepsora", "pepsora co drinks");
    }
}
