package com.consumesafe.benchmark;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/** Pronounceable made-up names built from syllables, and the ways people mistype them. */
final class Names {

    private static final String[] ONSETS = {
        "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "j", "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "st",
        "t", "tr", "v", "w", "z",
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou", "ie", "y"};
    private static final String[] ACCENTED = {"é", "è", "ü", "ö", "á", "ñ", "ô", "ç"};
    private static final String[] CODAS = {"", "", "", "", "n", "l", "r", "s", "x", "m", "nd", "lt"};
    private static final String[] DESCRIPTORS = {
        "Classic", "Zero", "Light", "Bio", "Original", "Extra", "Mini", "Max", "Gold", "Crunchy", "Fresh", "Family",
    };
    private static final String[] COMPANY_SUFFIXES = {
        "", "", "", " Group", " Foods", " Holdings", " S.A.", " GmbH", " & Co", " Brands", " Industries", " Ltd",
    };
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final SplittableRandom random;

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** A word of two to four syllables, capitalised, now and then with an accented letter. */
    String word(int minSyllables, int maxSyllables) {
        int syllables = random.nextInt(minSyllables, maxSyllables + 1);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(ONSETS));
            word.append(random.nextInt(12) == 0 ? pick(ACCENTED) : pick(VOWELS));
            if (i == syllables - 1 || random.nextInt(4) == 0) {
                word.append(pick(CODAS));
            }
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    String company() {
        return word(2, 3) + pick(COMPANY_SUFFIXES);
    }

    String brand() {
        return random.nextInt(5) == 0 ? word(2, 2) + " " + word(1, 2) : word(2, 3);
    }

    String product() {
        String name = word(2, 3) + " " + word(2, 3);
        return random.nextInt(10) < 3 ? name + " " + pick(DESCRIPTORS) : name;
    }

    /** What a hurried person types: lower case, no accents. */
    static String plain(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** One typing error (a letter replaced, dropped, doubled or swapped with the next) inside the longest word. */
    String typo(String name) {
        String plain = plain(name);
        String[] words = plain.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        if (word.length() < 4) {
            return plain;
        }
        // never the first letter: people rarely get that wrong
        int at = random.nextInt(1, word.length() - 1);
        String changed = switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + LETTERS.charAt(random.nextInt(LETTERS.length())) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
        words[longest] = changed;
        return String.join(" ", words);
    }

    /** The first three to eight letters, as typed into a search box. */
    String prefix(String name) {
        String plain = plain(name);
        int length = Math.min(plain.length(), random.nextInt(3, 9));
        return plain.substring(0, length).strip();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
