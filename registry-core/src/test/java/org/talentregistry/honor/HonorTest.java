package org.talentregistry.honor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.selection.RoundId;

class HonorTest {
    private static final LocalDate NAMED = LocalDate.of(2018, 12, 20);
    private static final LocalDate REVOKED = LocalDate.of(2020, 3, 1);

    private static Honor honor(Optional<Revocation> revocation) {
        return new Honor(HonorId.of(5), HonorProgramId.of(1), "淄博金牌工匠", "gold", "淄博金牌工匠", 2018, RoundId.of(3),
                ArtisanId.of(42), new NamingDecision("淄工发〔2018〕12号", NAMED, "淄博市总工会"), "2018-gold-001", revocation);
    }

    private static Optional<Revocation> revokedFrom(LocalDate effectiveOn) {
        return Optional.of(new Revocation(RevocationReason.CRIMINAL_PUNISHMENT, "(2020)鲁0303刑初8号", effectiveOn,
                "淄博市总工会", Actor.of("u-7", "张科长")));
    }

    @Test
    void isActiveOn_beforeTheNamingDecision_isFalse() {
        assertThat(honor(Optional.empty()).isActiveOn(NAMED.minusDays(1))).isFalse();
    }

    @Test
    void isActiveOn_theDecisionDate_isTrue() {
        assertThat(honor(Optional.empty()).isActiveOn(NAMED)).isTrue();
    }

    @Test
    void isActiveOn_longAfter_withoutRevocation_isTrue() {
        assertThat(honor(Optional.empty()).isActiveOn(LocalDate.of(2060, 1, 1))).isTrue();
    }

    @Test
    void isActiveOn_dayBeforeTheRevocationTakesEffect_isTrue() {
        assertThat(honor(revokedFrom(REVOKED)).isActiveOn(REVOKED.minusDays(1))).isTrue();
    }

    @Test
    void isActiveOn_theDayTheRevocationTakesEffect_andAfter_isFalse() {
        Honor revoked = honor(revokedFrom(REVOKED));

        assertThat(revoked.isActiveOn(REVOKED)).isFalse();
        assertThat(revoked.isActiveOn(REVOKED.plusYears(1))).isFalse();
    }

    @Test
    void isActiveOn_revokedFromTheDecisionDate_isNeverActive() {
        Honor revoked = honor(revokedFrom(NAMED));

        assertThat(revoked.isActiveOn(NAMED)).isFalse();
        assertThat(revoked.isActiveOn(NAMED.minusDays(1))).isFalse();
    }

    @Test
    void isRevoked_tellsWhetherARevocationIsRecorded() {
        assertThat(honor(Optional.empty()).isRevoked()).isFalse();
        assertThat(honor(revokedFrom(REVOKED)).isRevoked()).isTrue();
    }

    @Test
    void describe_namesTheTierYearAndDecision() {
        assertThat(honor(Optional.empty()).describe()).isEqualTo("淄博金牌工匠 (2018, 表彰决定 淄工发〔2018〕12号)");
    }

    @Test
    void citation_namesTheTierYearAndDecision_inEachLanguage() {
        assertThat(honor(Optional.empty()).citation().render(Locale.CHINESE)).isEqualTo("淄博金牌工匠（2018年，表彰决定 淄工发〔2018〕12号）");
        assertThat(honor(Optional.empty()).citation().render(Locale.ENGLISH))
                .isEqualTo("淄博金牌工匠 (2018, naming decision 淄工发〔2018〕12号)");
    }
}
