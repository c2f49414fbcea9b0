package com.consumesafe.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void warns_when_any_match_is_listed_and_claims_nothing_when_nothing_matched() {
        assertThat(Verdict.combine(List.of(Verdict.NOT_LISTED, Verdict.LISTED, Verdict.UNKNOWN)))
                .isEqualTo(Verdict.LISTED);
        assertThat(Verdict.combine(List.of(Verdict.NOT_LISTED, Verdict.NOT_LISTED))).isEqualTo(Verdict.NOT_LISTED);
        assertThat(Verdict.combine(List.of(Verdict.UNKNOWN))).isEqualTo(Verdict.UNKNOWN);
        // one match whose owners cannot be followed is no clean bill for the query
        assertThat(Verdict.combine(List.of(Verdict.UNKNOWN, Verdict.NOT_LISTED))).isEqualTo(Verdict.UNKNOWN);
        assertThat(Verdict.combine(List.of())).isEqualTo(Verdict.UNKNOWN);
    }
}
