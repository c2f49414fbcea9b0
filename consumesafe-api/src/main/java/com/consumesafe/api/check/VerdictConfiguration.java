package com.consumesafe.api.check;

import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.check.Check;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.verdict.ListedChains;
import com.consumesafe.domain.verdict.VerdictRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's verdict rule and check, over the PostgreSQL adapters of their ports. */
@Configuration(proxyBeanMethods = false)
class VerdictConfiguration {

    @Bean
    VerdictRule verdictRule(ListedChains chains, Ownership ownership, Listings listings, Alternatives alternatives) {
        return new VerdictRule(chains, ownership, listings, alternatives);
    }

    @Bean
    Check check(CatalogSearch search, Ownership ownership, VerdictRule verdicts) {
        return new Check(search, ownership, verdicts);
    }
}
