package com.consumesafe.domain.name;

import com.consumesafe.domain.InvalidValueException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normal form of a name, used both to store names and to query them, so that "Nestlé S.A.", "NESTLE" and
 * "nestlé" meet: accents removed, case folded, punctuation and spacing unified, {@code &} and {@code +} read as
 * "and", apostrophes dropped, a trailing decoration such as "(Unilever)" and a trailing legal form such as "S.A."
 * removed. Words stay separated by single spaces; {@link #compact()} drops the spaces for near-duplicates such as
 * "SodaStream" and "Soda Stream".
 *
 * @param value the key: lower-case letters and digits in words joined by single spaces
 */
public record NameKey(String value) {

    /** The longest name or query accepted, in characters, before normalising. */
    public static final int MAX_INPUT_LENGTH = 200;

    // "&" becomes " and ", so a key may be longer than the name it came from
    private static final int MAX_KEY_LENGTH = 5 * MAX_INPUT_LENGTH;

    private static final Pattern TRAILING_DECORATION = Pattern.compile("\\s*[(\\[{][^()\\[\\]{}]*[)\\]}]\\s*$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻ`´＇]");
    private static final Pattern MARKS_OF_TRADE = Pattern.compile("[™℠®©]");
    private static final Pattern PLUS_BETWEEN_WORDS =
            Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*\\+\\s*(?=[\\p{L}\\p{N}])");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String AND = "and";

    // letters NFKD leaves whole, spelled as their usual Latin transliteration
    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "h"),
            // lower-casing writes a final sigma only at the end of a word; keys are compared word for word
            Map.entry((int) 'ς', "σ"));

    // legal forms that only decorate a company name; dropped from the end while a word remains before them
    private static final List<List<String>> LEGAL_FORMS = List.of(
            List.of("s", "a", "r", "l"), List.of("s", "p", "a"), List.of("s", "a", "s"), List.of("s", "a"),
            List.of("n", "v"), List.of("b", "v"), List.of("sa"), List.of("sas"), List.of("sarl"), List.of("spa"),
            List.of("inc"), List.of("incorporated"), List.of("ltd"), List.of("limited"), List.of("llc"),
            List.of("plc"), List.of("gmbh"), List.of("ag"), List.of("nv"), List.of("bv"), List.of("corp"),
            List.of("corporation"), List.of("co"), List.of("company"));

    public NameKey {
        if (value == null || value.isEmpty() || value.length() > MAX_KEY_LENGTH || !value.equals(normalise(value))) {
            throw new InvalidValueException("name", "is not a name key");
        }
    }

    /** The key of a name or a query typed by someone, refused when nothing of it is left to compare. */
    public static NameKey of(String name) {
        return of("name", name);
    }

    /** The key of user input carried by the given field, so that a refusal names the right field. */
    public static NameKey of(String field, String name) {
        if (name == null) {
            throw new InvalidValueException(field, "must not be empty");
        }
        if (name.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_INPUT_LENGTH + " characters");
        }
        String key = normalise(name);
        if (key.isEmpty()) {
            throw new InvalidValueException(field, "must contain a letter or a digit");
        }
        return new NameKey(key);
    }

    /** The key without spaces, where "soda stream" and "sodastream" meet. */
    public String compact() {
        return value.replace(" ", "");
    }

    /** Whether the two keys differ at most in spacing, as near-duplicates such as "Soda Stream" do. */
    public boolean isNearDuplicateOf(NameKey other) {
        return other != null && compact().equals(other.compact());
    }

    /**
     * The key's first word, first two words, ... and the whole key, leaving out the starts that are no key
     * themselves: "frosty and" of "frosty and jos", whose key would be "frosty", or a start ending in a legal form.
     */
    public List<NameKey> firstWords() {
        String[] words = value.split(" ");
        List<NameKey> starts = new ArrayList<>(words.length);
        for (int count = 1; count <= words.length; count++) {
            String start = String.join(" ", Arrays.copyOf(words, count));
            if (start.equals(normalise(start))) {
                starts.add(new NameKey(start));
            }
        }
        return starts;
    }

    @Override
    public String toString() {
        return value;
    }

    static String normalise(String name) {
        String text = APOSTROPHES.matcher(readableCharacters(name)).replaceAll("");
        // before NFKC, which would spell ™ as "TM" and ´ as a space and an accent
        text = MARKS_OF_TRADE.matcher(text).replaceAll(" ");
        // NFKC before the decoration so that full-width brackets and the like are seen as brackets
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = withoutTrailingDecoration(text);
        // upper then lower folds more than lower alone (final sigma, long s, dotless i)
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        // after NFKD, which turns ǽ into æ and a mark
        text = spelledOut(text.toLowerCase(Locale.ROOT));
        // again: folding spells some letters with an apostrophe (ŉ becomes ʼn)
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = text.replace("&", " and ");
        text = PLUS_BETWEEN_WORDS.matcher(text).replaceAll(" and ");
        text = NOT_A_WORD_CHARACTER.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? text : String.join(" ", withoutLegalForm(text.split(" ")));
    }

    private static String readableCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                kept.append(' ');
            } else if (isReadable(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
        });
        return kept.toString();
    }

    private static boolean isReadable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE -> false;
            case Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    private static String withoutTrailingDecoration(String text) {
        String stripped = text.strip();
        while (true) {
            String shorter = TRAILING_DECORATION.matcher(stripped).replaceFirst("");
            if (shorter.equals(stripped) || NOT_A_WORD_CHARACTER.matcher(shorter).replaceAll("").isEmpty()) {
                return stripped;
            }
            stripped = shorter;
        }
    }

    private static String spelledOut(String text) {
        StringBuilder spelled = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String replacement = SPELLED_OUT.get(codePoint);
            if (replacement == null) {
                spelled.appendCodePoint(codePoint);
            } else {
                spelled.append(replacement);
            }
        });
        return spelled.toString();
    }

    private static List<String> withoutLegalForm(String[] words) {
        List<String> kept = new ArrayList<>(Arrays.asList(words));
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (List<String> form : LEGAL_FORMS) {
                if (kept.size() > form.size() && kept.subList(kept.size() - form.size(), kept.size()).equals(form)) {
                    kept.subList(kept.size() - form.size(), kept.size()).clear();
                    dropped = true;
                    break;
                }
            }
            // "Procter & Gamble Co" leaves a dangling "and"
            if (kept.size() > 1 && kept.getLast().equals(AND)) {
                kept.removeLast();
                dropped = true;
            }
        }
        return kept;
    }
}
