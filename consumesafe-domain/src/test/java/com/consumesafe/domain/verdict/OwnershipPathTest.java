package com.consumesafe.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.listing.ListSelection;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipPathTest {

    private static final BrandId BRAND = new BrandId(1);
    private static final CompanyId COMPANY = new CompanyId(1);
    private static final CompanyId PARENT = new CompanyId(2);

    @Test
    void stops_at_the_first_step_seen_twice() {
        OwnershipPath path = OwnershipPath.of(BRAND, List.of(step(BRAND), step(COMPANY), step(PARENT), step(COMPANY),
                step(PARENT)));

        assertThat(path.targets()).containsExactly(BRAND, COMPANY, PARENT);
        assertThat(path.cycle()).isTrue();
        assertThat(path.cut()).isFalse();
    }

    @Test
    void tells_a_brand_and_a_company_with_the_same_number_apart() {
        OwnershipPath path = OwnershipPath.of(BRAND, List.of(step(BRAND), step(COMPANY)));

        assertThat(path.cycle()).isFalse();
        assertThat(path.positionOf(COMPANY)).isEqualTo(1);
        assertThat(path.positionOf(PARENT)).isEqualTo(-1);
        assertThat(path.stepOf(COMPANY)).contains(step(COMPANY));
        assertThat(path.stepOf(PARENT)).isEmpty();
    }

    @Test
    void is_empty_for_nothing_and_never_null_inside() {
        assertThat(OwnershipPath.of(BRAND, List.of()).isEmpty()).isTrue();
        assertThat(new OwnershipPath(null, false, false).steps()).isEmpty();
        assertThat(new Assessment(Verdict.UNKNOWN, null, null, null, null, null).path().isEmpty()).isTrue();
        assertThat(new RejectedAlternative(null, "why", null, null).listings()).isEmpty();
        assertThat(new CheckOptions(null, null).lists()).isEqualTo(ListSelection.all());
        assertThat(new CheckOptions(null, null).preferredCountry()).isEmpty();
    }

    private static OwnershipStep step(ListingTarget target) {
        return new OwnershipStep(target, target.toString());
    }
}
