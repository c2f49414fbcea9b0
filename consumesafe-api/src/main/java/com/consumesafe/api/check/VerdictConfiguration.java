package com.consumesafe.api.check;

import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.verdict.ListedChains;
import com.consumesafe.domain.verdict.VerdictRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's verdict rule, over the PostgreSQL adapters of its ports. */
@Configuration(proxyBeanMethods = false)
class VerdictConfiguration {

    @Bean
    VerdictRule verdictRule(ListedChains chains, Ownership ownership, Listings listings, Alternatives alternatives) {
        return new VerdictRule(chains, ownership, listings, alternatives);
    }
}
