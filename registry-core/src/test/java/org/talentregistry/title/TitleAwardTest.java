package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;

class TitleAwardTest {
    private static final LocalDate STARTS = LocalDate.of(2019, 9, 1);
    private static final LocalDate ENDS = LocalDate.of(2023, 9, 1);

    private static TitleAward award(Optional<LocalDate> endsOn) {
        return new TitleAward(TitleAwardId.of(1), "zibo-chief-technician", "淄博市首席技师", ArtisanId.of(7), TitleRoundId.of(3),
                IssuingRegion.of("370300"), 2, STARTS, endsOn);
    }

    private static TitleAward revoked(Optional<LocalDate> endsOn, LocalDate effectiveOn) {
        return new TitleAward(TitleAwardId.of(1), "zibo-chief-technician", "淄博市首席技师", ArtisanId.of(7), TitleRoundId.of(3),
                IssuingRegion.of("370300"), 2, STARTS, endsOn, Optional.of(new Revocation(
                        RevocationReason.FRAUD, "申报材料造假", effectiveOn, "淄博市人力资源和社会保障局",
                        Actor.of("bureau-sun", "孙科长"))));
    }

    @Test
    void aRevokedTitle_isHeldUntilTheEarlierOfItsRevocationAndItsTerm_andSaysSo() {
        LocalDate revokedFrom = LocalDate.of(2021, 3, 1);
        TitleAward inTerm = revoked(Optional.of(ENDS), revokedFrom);
        TitleAward forLife = revoked(Optional.empty(), revokedFrom);
        TitleAward afterTerm = revoked(Optional.of(ENDS), ENDS.plusYears(1));

        assertThat(inTerm.isActiveOn(revokedFrom.minusDays(1))).isTrue();
        assertThat(inTerm.isActiveOn(revokedFrom)).isFalse();
        assertThat(forLife.isActiveOn(revokedFrom.plusYears(10))).isFalse();
        assertThat(inTerm.heldUntil()).contains(revokedFrom);
        assertThat(forLife.heldUntil()).contains(revokedFrom);
        assertThat(afterTerm.heldUntil()).contains(ENDS);
        assertThat(award(Optional.empty()).heldUntil()).isEmpty();
        assertThat(award(Optional.of(ENDS)).heldUntil()).contains(ENDS);
        assertThat(inTerm.isRevoked()).isTrue();
        assertThat(inTerm.withId(TitleAwardId.of(9)).revocation()).isEqualTo(inTerm.revocation());
        assertThat(inTerm.render(Locale.CHINESE)).isEqualTo(
                "市（区划代码 370300）授予淄博市首席技师，自 2019-09-01 起，已自 2021-03-01 起撤销（弄虚作假骗取荣誉），依评选办法第2版");
        assertThat(inTerm.render(Locale.ENGLISH)).contains("revoked from 2021-03-01");
    }

    @Test
    void aTitleRevokedAfterItsTermEnded_saysItsTermAndTheRevocation_notThatItWasHeldUntilTheRevocation() {
        TitleAward afterTerm = revoked(Optional.of(ENDS), ENDS.plusYears(1));
        TitleAward onTheTermsEnd = revoked(Optional.of(ENDS), ENDS);

        assertThat(afterTerm.render(Locale.CHINESE)).isEqualTo("市（区划代码 370300）授予淄博市首席技师，自 2019-09-01 起持有，"
                + "2023-09-01 起不再持有；已自 2024-09-01 起撤销（弄虚作假骗取荣誉），依评选办法第2版");
        assertThat(afterTerm.render(Locale.ENGLISH)).isEqualTo("awarded 淄博市首席技师 by city 370300, held from 2019-09-01,"
                + " no longer from 2023-09-01; revoked from 2024-09-01 (honor obtained by fraud), under rules version 2");
        assertThat(onTheTermsEnd.render(Locale.ENGLISH)).contains("no longer from 2023-09-01; revoked from 2023-09-01");
    }

    @Test
    void isActiveOn_fromTheStartInclusive() {
        TitleAward a = award(Optional.of(ENDS));

        assertThat(a.isActiveOn(STARTS.minusDays(1))).isFalse();
        assertThat(a.isActiveOn(STARTS)).isTrue();
    }

    @Test
    void isActiveOn_untilTheEndExclusive() {
        TitleAward a = award(Optional.of(ENDS));

        assertThat(a.isActiveOn(ENDS.minusDays(1))).isTrue();
        assertThat(a.isActiveOn(ENDS)).isFalse();
        assertThat(a.isActiveOn(ENDS.plusYears(1))).isFalse();
    }

    @Test
    void isActiveOn_withoutTerm_heldForLife() {
        TitleAward a = award(Optional.empty());

        assertThat(a.isActiveOn(STARTS.minusDays(1))).isFalse();
        assertThat(a.isActiveOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void outcome_namesTitleRegionTermAndRulesVersion_inChineseAndEnglish() {
        TitleAward a = award(Optional.of(ENDS));

        assertThat(a.outcome().code()).isEqualTo(TitleText.AWARDED);
        // ENDS is the first day the title is no longer held, and the texts say so ("至 2023-09-01 止" read as held on it).
        assertThat(a.isActiveOn(ENDS)).isFalse();
        assertThat(a.zh()).isEqualTo("市（区划代码 370300）授予淄博市首席技师，自 2019-09-01 起持有，2023-09-01 起不再持有，依评选办法第2版");
        assertThat(a.en()).isEqualTo("awarded 淄博市首席技师 by city 370300, held from 2019-09-01, no longer from 2023-09-01,"
                + " under rules version 2");
    }

    @Test
    void outcome_forLife_saysSo() {
        TitleAward a = award(Optional.empty());

        assertThat(a.outcome().code()).isEqualTo(TitleText.AWARDED_FOR_LIFE);
        assertThat(a.zh()).isEqualTo("市（区划代码 370300）授予淄博市首席技师，自 2019-09-01 起终身享有，依评选办法第2版");
        assertThat(a.en()).isEqualTo("awarded 淄博市首席技师 by city 370300 from 2019-09-01, held for life, under rules version 2");
    }

    @Test
    void constructor_nullEndsOn_isRefused() {
        assertThatNullPointerException().isThrownBy(() -> award(null)).withMessage("endsOn");
    }
}
