package com.consumesafe.domain.check;

import com.consumesafe.domain.verdict.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a check.
 *
 * @param query         what was asked, as read: a name key or a GTIN-14
 * @param verdict       LISTED or NOT_LISTED only from confident matches, UNKNOWN otherwise
 * @param unknownReason why the verdict is UNKNOWN; empty otherwise
 * @param matches       the confident matches
 * @param readAs        the catalog name a typing error was corrected to
 * @param suggestions   look-alikes, each with its own verdict, when no match was confident
 */
public record CheckAnswer(String query, Verdict verdict, Optional<UnknownReason> unknownReason,
                          List<CheckedMatch> matches, Optional<String> readAs, List<Suggestion> suggestions) {

    public CheckAnswer {
        matches = List.copyOf(matches);
        suggestions = List.copyOf(suggestions);
        if ((verdict == Verdict.UNKNOWN) != unknownReason.isPresent()) {
            throw new IllegalArgumentException("an UNKNOWN verdict, and only one, carries its reason");
        }
    }

    /** An answer that names nothing in the catalog. */
    static CheckAnswer unknown(String query, UnknownReason reason, List<Suggestion> suggestions) {
        return new CheckAnswer(query, Verdict.UNKNOWN, Optional.of(reason), List.of(), Optional.empty(), suggestions);
    }
}
