package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/** helm lint --strict, as CI would run it: warnings fail too. */
class ChartLintTest {

    @Test
    void passes_helm_lint_strict() {
        LintResult result = new Helm(Chart.DIR).lint().strict().call();

        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[WARNING]")
                || message.contains("[ERROR]"));
    }
}
