package org.talentregistry.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;
import static org.talentregistry.artisan.ArtisanFixtures.details;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.SkillLevel;

/** A verdict explains itself in Chinese to HR staff and in English to logs, from the same lines. */
class VerdictLanguageTest {
    private static final LocalDate APPLIED = LocalDate.of(2018, 5, 1);
    private static final Instant REGISTERED = Instant.parse("2017-01-02T03:04:05Z");

    private static EligibilityFacts facts(Declarations declarations) {
        Artisan artisan = Artisan.of(ArtisanId.of(1), 1, details()
                .addCertificate(certificate(SkillLevel.SENIOR_WORKER, "S-2011-7", LocalDate.of(2011, 7, 1)).build())
                .build(), REGISTERED, REGISTERED);
        return new EligibilityFacts(artisan, APPLIED, declarations, List.of());
    }

    private static Verdict verdict(Declarations declarations) {
        List<Criterion> criteria = List.of(
                new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN),
                new Criterion.InService("in-service", Severity.HARD),
                new Criterion.NoDisqualifyingRecord("record", Severity.SOFT));
        EligibilityFacts facts = facts(declarations);
        return new Verdict(APPLIED, criteria.stream().map(c -> c.evaluate(facts)).toList());
    }

    @Test
    void anIneligibleVerdict_readsInChinese_lineByLine() {
        Verdict v = verdict(new Declarations(null, null));

        assertThat(v.explain(Locale.SIMPLIFIED_CHINESE).lines().toList()).containsExactly(
                "2018-05-01资格审查结论：不符合条件",
                "  【不符合】职业技能等级技师及以上（硬性条件）：证书S-2011-7载明等级高级工，2018-05-01有效",
                "  【待核定】在职（硬性条件）：未申报",
                "  【符合】无违法犯罪记录和安全生产事故（软性条件：不符合只提示，不否决）：申报无相关记录");
    }

    @Test
    void theSameVerdict_inEnglish_isWhatLogsAlwaysShowed() {
        Verdict v = verdict(new Declarations(null, null));

        assertThat(v.explain()).isEqualTo(v.explain(Locale.ENGLISH));
        assertThat(v.explain().lines().toList()).containsExactly(
                "INELIGIBLE as of 2018-05-01",
                "  NOT_MET skill level at or above technician (level 2) (hard): level senior worker (level 3) from certificate S-2011-7 valid on 2018-05-01",
                "  FLAGGED in service (hard): not declared",
                "  MET no criminal record or work-safety accident (soft: flagged, not refused): none declared");
    }

    @Test
    void aClearedFlag_saysWhoClearedItAndWhy_inChinese() {
        Criterion age = new Criterion.MaximumAge("age", Severity.SOFT, 18);
        CriterionResult flagged = age.evaluate(facts(Declarations.inServiceWithCleanRecord()));
        CriterionResult cleared = new CriterionResult(flagged.criterionId(), flagged.rule(), flagged.outcome(),
                flagged.facts(), Optional.of(new FlagClearance("技艺突出，委员会同意", Actor.of("u-7", "张科长"),
                        Instant.parse("2018-05-10T02:00:00Z"))));

        assertThat(flagged.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(new Verdict(APPLIED, List.of(cleared)).explain(Locale.CHINESE)).isEqualTo(
                "2018-05-01资格审查结论：符合条件\n"
                + "  【待核定】年龄不超过18周岁（软性条件：不符合只提示，不否决）：" + flagged.facts().zh()
                + "〔已由张科长核定通过：技艺突出，委员会同意〕");
        assertThat(flagged.facts().zh()).matches("2018-05-01时年满\\d+周岁");
    }

    @Test
    void aLineWordedByAHost_readsTheSameInEveryLanguage() {
        CriterionResult line = new CriterionResult("custom", "已缴纳会费", Outcome.MET, "2018年已缴", Optional.empty());

        assertThat(line.explain(Locale.ENGLISH)).isEqualTo("MET 已缴纳会费: 2018年已缴");
        assertThat(line.explain(Locale.CHINESE)).isEqualTo("【符合】已缴纳会费：2018年已缴");
    }
}
