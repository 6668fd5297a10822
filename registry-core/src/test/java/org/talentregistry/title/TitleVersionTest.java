package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;

class TitleVersionTest {
    private static final LocalDate Y2018 = LocalDate.of(2018, 1, 1);
    private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);

    private static TitleVersion version(LocalDate from, Optional<LocalDate> until) {
        return new TitleVersion(1, from, until, TechnicianTitle.ziboChiefTechnician());
    }

    @Test
    void isInForceOn_fromInclusive_untilExclusive() {
        TitleVersion v = version(Y2018, Optional.of(Y2023));

        assertThat(v.isInForceOn(Y2018.minusDays(1))).isFalse();
        assertThat(v.isInForceOn(Y2018)).isTrue();
        assertThat(v.isInForceOn(Y2023.minusDays(1))).isTrue();
        assertThat(v.isInForceOn(Y2023)).isFalse();
    }

    @Test
    void overlaps_sharedDaysOnly() {
        TitleVersion v = version(Y2018, Optional.of(Y2023));

        assertThat(v.overlaps(Y2023, Optional.empty())).isFalse();
        assertThat(v.overlaps(LocalDate.of(2015, 1, 1), Optional.of(Y2018))).isFalse();
        assertThat(v.overlaps(Y2023.minusDays(1), Optional.empty())).isTrue();
        assertThat(v.overlaps(LocalDate.of(2015, 1, 1), Optional.empty())).isTrue();
        assertThat(version(Y2023, Optional.empty()).overlaps(LocalDate.of(2030, 1, 1), Optional.empty())).isTrue();
    }

    @Test
    void constructor_emptyPeriod_isRefusedNamingValidUntil() {
        assertThatThrownBy(() -> version(Y2023, Optional.of(Y2023))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.getField()).isEqualTo("validUntil"));
        assertThatThrownBy(() -> version(LocalDate.MIN, Optional.empty())).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.getField()).isEqualTo("validFrom"));
        assertThatThrownBy(() -> new TitleVersion(0, Y2018, Optional.empty(), TechnicianTitle.ziboChiefTechnician()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("version"));
    }

    @Test
    void render_namesTheTitleVersionAndPeriod() {
        assertThat(version(Y2018, Optional.of(Y2023)).zh()).isEqualTo("淄博市首席技师评选办法第1版（自 2018-01-01 起施行，2023-01-01 起失效）");
        assertThat(version(Y2018, Optional.of(Y2023)).en())
                .isEqualTo("淄博市首席技师 rules version 1, in force from 2018-01-01 until 2023-01-01");
        assertThat(version(Y2023, Optional.empty()).zh()).isEqualTo("淄博市首席技师评选办法第1版（自 2023-01-01 起施行）");
    }
}
