package org.talentregistry.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.honor.HonorProgramId;

class PoolQueryTest {
    private static final LocalDate DAY = LocalDate.of(2020, 12, 31);

    @Test
    void badFilters_nameTheirField() {
        assertField(() -> PoolQuery.asOf(null), "asOf");
        assertField(() -> PoolQuery.asOf(DAY).region("张店区"), "region");
        assertField(() -> PoolQuery.asOf(DAY).occupation(" "), "occupation");
        assertField(() -> PoolQuery.asOf(DAY).page(-1, 10), "offset");
        assertField(() -> PoolQuery.asOf(DAY).page(0, PoolQuery.MAX_LIMIT + 1), "limit");
        assertField(() -> PoolQuery.asOf(DAY).engagementsBetween(DAY, DAY, 1), "engagementsUntil");
        assertField(() -> PoolQuery.asOf(DAY).engagementsBetween(DAY, DAY.plusDays(1), -1), "minimumEngagements");
        assertField(() -> PoolQuery.asOf(DAY).sortBy(PoolSort.MOST_ENGAGEMENTS).build(), "sort");
        assertField(() -> PoolQuery.asOf(DAY).honor(HonorProgramId.of(1), "", 2018), "tierCode");
    }

    @Test
    void withOffset_keepsEveryFilter_andMovesThePage() {
        PoolQuery q = PoolQuery.asOf(DAY).region("370303").honor(HonorProgramId.of(3), "gold", 2018)
                .engagementsBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), 2).sortBy(PoolSort.MOST_ENGAGEMENTS)
                .page(0, 20).build();

        PoolQuery next = q.withOffset(20);

        assertThat(next.offset()).isEqualTo(20);
        assertThat(next.withOffset(0)).isEqualTo(q);
        assertThat(next.regionCode()).contains("370303");
        assertThat(next.minimumEngagements()).isEqualTo(2);
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.getField()).isEqualTo(field));
    }
}
