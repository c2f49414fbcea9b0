package com.consumesafe.domain.check;

import com.consumesafe.domain.name.NameKey;
import java.util.OptionalInt;

/**
 * Where a query sits in a name as a run of whole words, spacing aside: "soda stream" is the first whole words of
 * "sodastream pro", "cola" the inner word of "coca cola", while "nest" is no whole word of "nestle".
 */
final class WordRun {

    private WordRun() {
    }

    /** Whether the query is the name's first whole words, the name having more words after them. */
    static boolean startsWith(NameKey name, NameKey query) {
        OptionalInt start = firstStart(name, query, 0);
        return start.isPresent() && start.getAsInt() == 0 && !name.compact().equals(query.compact());
    }

    /** Whether the query is whole words of the name after its first word. */
    static boolean isInside(NameKey name, NameKey query) {
        return firstStart(name, query, 1).isPresent();
    }

    // the compact offset of the first run of whole words, from the given word on, that spells the query
    private static OptionalInt firstStart(NameKey name, NameKey query, int fromWord) {
        String[] words = name.value().split(" ");
        String compact = name.compact();
        String wanted = query.compact();
        int start = 0;
        for (int word = 0; word < words.length; word++) {
            if (word >= fromWord && compact.startsWith(wanted, start) && endsAWord(words, start + wanted.length())) {
                return OptionalInt.of(start);
            }
            start += words[word].length();
        }
        return OptionalInt.empty();
    }

    private static boolean endsAWord(String[] words, int offset) {
        int end = 0;
        for (String word : words) {
            end += word.length();
            if (end == offset) {
                return true;
            }
        }
        return false;
    }
}
