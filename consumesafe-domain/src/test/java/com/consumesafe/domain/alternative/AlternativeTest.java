package com.consumesafe.domain.alternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import org.junit.jupiter.api.Test;

class AlternativeTest {

    @Test
    void suggests_a_product_or_a_brand_with_no_origin_and_note_when_none_is_given() {
        Alternative alternative = new Alternative(new CompanyId(1), new ProductId(2), null, null);

        assertThat(alternative.origin()).isEmpty();
        assertThat(alternative.note()).isEmpty();
        assertThat(new Alternative(new ProductId(1), new BrandId(2), null, " Local ").note()).isEqualTo("Local");
    }

    @Test
    void never_suggests_a_company_nothing_or_the_target_itself() {
        assertThatThrownBy(() -> new Alternative(new BrandId(1), new CompanyId(2), null, ""))
                .hasFieldOrPropertyWithValue("field", "suggested");
        assertThatThrownBy(() -> new Alternative(new BrandId(1), null, null, ""))
                .hasFieldOrPropertyWithValue("field", "suggested");
        assertThatThrownBy(() -> new Alternative(new BrandId(1), new BrandId(1), null, ""))
                .hasFieldOrPropertyWithValue("field", "suggested");
        assertThatThrownBy(() -> new Alternative(null, new BrandId(1), null, ""))
                .hasFieldOrPropertyWithValue("field", "insteadOf");
        assertThatThrownBy(() -> new Alternative(new BrandId(1), new BrandId(2), null, "n".repeat(1001)))
                .hasFieldOrPropertyWithValue("field", "note");
    }
}
