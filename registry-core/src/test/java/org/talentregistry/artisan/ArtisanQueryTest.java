package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.artisan.ArtisanFixtures.CREDIT_CODE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class ArtisanQueryTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Test
    void all_hasNoFilterAndAPageOfHundred() {
        ArtisanQuery all = ArtisanQuery.all();

        assertThat(all.occupationCode()).isEmpty();
        assertThat(all.regionCode()).isEmpty();
        assertThat(all.minimumLevel()).isEmpty();
        assertThat(all.levelAsOf()).isEmpty();
        assertThat(all.employer()).isEmpty();
        assertThat(all.after()).isEmpty();
        assertThat(all.limit()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void limit_atTheBounds_isAccepted(int limit) {
        assertThat(ArtisanQuery.builder().limit(limit).build().limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1001, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void limit_outsideOneToThousand_isRefused(int limit) {
        assertThatThrownBy(() -> ArtisanQuery.builder().limit(limit).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("limit: must be between 1 and 1000, got " + limit);
    }

    @Test
    void maxLimit_isThousand() {
        assertThat(ArtisanQuery.MAX_LIMIT).isEqualTo(1000);
    }

    @Test
    void levelAtLeast_withoutDate_isRefused() {
        assertThatThrownBy(() -> ArtisanQuery.builder().levelAtLeast(SkillLevel.TECHNICIAN, null).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("levelAsOf: is required with minimumLevel");
    }

    @Test
    void levelAtLeast_withDate_keepsBoth() {
        ArtisanQuery query = ArtisanQuery.builder().levelAtLeast(SkillLevel.TECHNICIAN, AS_OF).build();

        assertThat(query.minimumLevel()).contains(SkillLevel.TECHNICIAN);
        assertThat(query.levelAsOf()).contains(AS_OF);
    }

    // Bug: ArtisanQuery.levelAsOf() promises to be "present exactly when minimumLevel() is", but a date
    // given with no level is kept, so the query reports a level date without a level filter.
    @Test
    void levelAtLeast_dateWithoutLevel_leavesNoLevelDate() {
        ArtisanQuery query = ArtisanQuery.builder().levelAtLeast(null, AS_OF).build();

        assertThat(query.minimumLevel()).isEmpty();
        assertThat(query.levelAsOf()).isEmpty();
    }

    @Test
    void builder_keepsEveryFilter() {
        ArtisanQuery query = ArtisanQuery.builder()
                .occupation("4-12-01-01")
                .region("370303")
                .employer(CreditCode.of(CREDIT_CODE))
                .after(ArtisanId.of(7))
                .limit(20)
                .build();

        assertThat(query.occupationCode()).contains("4-12-01-01");
        assertThat(query.regionCode()).contains("370303");
        assertThat(query.employer()).contains(CreditCode.of(CREDIT_CODE));
        assertThat(query.after()).contains(ArtisanId.of(7));
        assertThat(query.limit()).isEqualTo(20);
    }

    @Test
    void after_keepsEveryFilterAndTheLimit() {
        ArtisanQuery first = ArtisanQuery.builder()
                .occupation("4-12-01-01")
                .region("370303")
                .levelAtLeast(SkillLevel.TECHNICIAN, AS_OF)
                .employer(CreditCode.of(CREDIT_CODE))
                .limit(20)
                .build();

        ArtisanQuery next = first.after(ArtisanId.of(42));

        assertThat(next.occupationCode()).contains("4-12-01-01");
        assertThat(next.regionCode()).contains("370303");
        assertThat(next.minimumLevel()).contains(SkillLevel.TECHNICIAN);
        assertThat(next.levelAsOf()).contains(AS_OF);
        assertThat(next.employer()).contains(CreditCode.of(CREDIT_CODE));
        assertThat(next.limit()).isEqualTo(20);
        assertThat(next.after()).contains(ArtisanId.of(42));
    }

    @Test
    void after_replacesTheCursorAndLeavesTheOriginalAlone() {
        ArtisanQuery second = ArtisanQuery.builder().after(ArtisanId.of(10)).build();

        ArtisanQuery third = second.after(ArtisanId.of(20));

        assertThat(third.after()).contains(ArtisanId.of(20));
        assertThat(second.after()).contains(ArtisanId.of(10));
    }

    @Test
    void after_nullCursor_isRefused() {
        assertThatThrownBy(() -> ArtisanQuery.all().after(null)).isInstanceOf(NullPointerException.class);
    }
}
