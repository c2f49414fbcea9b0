package com.consumesafe.domain.check;

import com.consumesafe.domain.name.NameKey;
import java.util.Optional;

/**
 * One typing error between a query and a name, spacing aside: a letter replaced, dropped or added, or two
 * neighbours swapped; and the length of the name's word it fell in, which says how trustworthy the correction is.
 *
 * @param wordLength  the letters of the name's word holding the error
 * @param queryLonger +1 when the query has a letter more, -1 a letter less, 0 the same number
 */
record TypingError(int wordLength, int queryLonger) {

    /** The single typing error between the two, if they are exactly one apart. */
    static Optional<TypingError> between(NameKey query, NameKey name) {
        String typed = query.compact();
        String meant = name.compact();
        int difference = typed.length() - meant.length();
        if (Math.abs(difference) > 1 || typed.equals(meant)) {
            return Optional.empty();
        }
        int at = 0;
        while (at < Math.min(typed.length(), meant.length()) && typed.charAt(at) == meant.charAt(at)) {
            at++;
        }
        boolean single = switch (difference) {
            case 0 -> typed.substring(at + 1).equals(meant.substring(at + 1)) || swapped(typed, meant, at);
            case 1 -> typed.substring(at + 1).equals(meant.substring(at));
            default -> typed.substring(at).equals(meant.substring(at + 1));
        };
        return single ? Optional.of(new TypingError(wordLengthAt(name, Math.min(at, meant.length() - 1)), difference))
                : Optional.empty();
    }

    /** The typed word's length: the name's word, with the letter the error added or dropped. */
    int typedWordLength() {
        return wordLength + queryLonger;
    }

    private static boolean swapped(String typed, String meant, int at) {
        return at + 1 < typed.length() && typed.charAt(at) == meant.charAt(at + 1)
                && typed.charAt(at + 1) == meant.charAt(at) && typed.substring(at + 2).equals(meant.substring(at + 2));
    }

    private static int wordLengthAt(NameKey name, int compactOffset) {
        int end = 0;
        for (String word : name.value().split(" ")) {
            end += word.length();
            if (compactOffset < end) {
                return word.length();
            }
        }
        throw new IllegalArgumentException("offset " + compactOffset + " is past the end of " + name);
    }
}
