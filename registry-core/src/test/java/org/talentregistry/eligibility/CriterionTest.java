package org.talentregistry.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;
import static org.talentregistry.artisan.ArtisanFixtures.details;
import static org.talentregistry.artisan.ArtisanFixtures.residentIdBornOn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.selection.RoundId;

class CriterionTest {
    private static final LocalDate APPLIED = LocalDate.of(2018, 5, 1);
    private static final Instant REGISTERED = Instant.parse("2017-01-02T03:04:05Z");
    private static final HonorProgramId ZIBO = HonorProgramId.of(1);
    private static final HonorProgramId QILU = HonorProgramId.of(2);

    private static Artisan artisan(ArtisanDetails details) {
        return Artisan.of(ArtisanId.of(1), 1, details, REGISTERED, REGISTERED);
    }

    private static Artisan withCertificates(SkillCertificate... certificates) {
        ArtisanDetails.Builder b = details();
        for (SkillCertificate c : certificates) {
            b.addCertificate(c);
        }
        return artisan(b.build());
    }

    private static EligibilityFacts facts(Artisan artisan) {
        return facts(artisan, APPLIED);
    }

    private static EligibilityFacts facts(Artisan artisan, LocalDate asOf) {
        return new EligibilityFacts(artisan, asOf, Declarations.inServiceWithCleanRecord(), List.of());
    }

    private static EligibilityFacts declaring(Declarations declarations) {
        return new EligibilityFacts(artisan(details().build()), APPLIED, declarations, List.of());
    }

    private static EligibilityFacts holding(Honor... honors) {
        return new EligibilityFacts(artisan(details().build()), APPLIED, Declarations.inServiceWithCleanRecord(),
                List.of(honors));
    }

    private static Honor honor(HonorProgramId program, String tierCode, LocalDate named, Optional<Revocation> revocation) {
        return new Honor(HonorId.of(1), program, "淄博金牌工匠", tierCode, "淄博金牌工匠", named.getYear(), RoundId.of(1),
                ArtisanId.of(1), new NamingDecision("淄工发〔" + named.getYear() + "〕12号", named, "淄博市总工会"),
                named.getYear() + "-" + tierCode + "-001", revocation);
    }

    private static Optional<Revocation> revokedFrom(LocalDate effectiveOn) {
        return Optional.of(new Revocation(RevocationReason.FRAUD, "申报材料造假", effectiveOn, "淄博市总工会",
                Actor.of("u-7", "张科长")));
    }

    private static InvalidFieldException refusal(Executable construction) {
        return catchThrowableOfType(InvalidFieldException.class, construction::execute);
    }

    // ---- minimum skill level ---------------------------------------------------------------------

    @Test
    void minimumSkillLevel_validCertificateAtTheLevel_isMet_withTheCertificateAsFacts() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN);

        CriterionResult result = level.evaluate(facts(withCertificates(
                certificate(SkillLevel.TECHNICIAN, "T2012-0033", LocalDate.of(2012, 7, 1)).build())));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.criterionId()).isEqualTo("level");
        assertThat(result.rule().en()).isEqualTo("skill level at or above technician (level 2) (hard)");
        assertThat(result.facts().en()).isEqualTo("level technician (level 2) from certificate T2012-0033 valid on 2018-05-01");
        assertThat(result.clearance()).isEmpty();
    }

    @Test
    void minimumSkillLevel_higherLevel_isMet() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER);

        CriterionResult result = level.evaluate(facts(withCertificates(
                certificate(SkillLevel.SENIOR_TECHNICIAN, "G-1", LocalDate.of(2015, 7, 1)).build())));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void minimumSkillLevel_lowerLevel_hard_isNotMet() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN);

        CriterionResult result = level.evaluate(facts(withCertificates(
                certificate(SkillLevel.SENIOR_WORKER, "S-1", LocalDate.of(2010, 7, 1)).build())));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("level senior worker (level 3) from certificate S-1 valid on 2018-05-01");
    }

    @Test
    void minimumSkillLevel_lowerLevel_soft_isFlagged() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.SOFT, SkillLevel.TECHNICIAN);

        CriterionResult result = level.evaluate(facts(withCertificates(
                certificate(SkillLevel.SENIOR_WORKER, "S-1", LocalDate.of(2010, 7, 1)).build())));

        assertThat(result.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(result.rule().en()).isEqualTo("skill level at or above technician (level 2) (soft: flagged, not refused)");
    }

    @Test
    void minimumSkillLevel_noCertificate_isNotMet() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.JUNIOR_WORKER);

        CriterionResult result = level.evaluate(facts(withCertificates()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("no certificate valid on 2018-05-01");
    }

    @Test
    void minimumSkillLevel_expiredCertificate_stopsCounting() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN);
        Artisan artisan = withCertificates(
                certificate(SkillLevel.TECHNICIAN, "T-OLD", LocalDate.of(2010, 7, 1)).validUntil(LocalDate.of(2018, 4, 30))
                        .build(),
                certificate(SkillLevel.SENIOR_WORKER, "S-1", LocalDate.of(2008, 7, 1)).build());

        CriterionResult result = level.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().zh()).contains("高级工").contains("S-1");
        assertThat(result.facts().en()).contains("senior worker (level 3)").contains("S-1").doesNotContain("T-OLD");
    }

    @Test
    void minimumSkillLevel_certificateOnItsLastValidDay_stillCounts() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN);
        Artisan artisan = withCertificates(certificate(SkillLevel.TECHNICIAN, "T-1", LocalDate.of(2010, 7, 1))
                .validUntil(APPLIED).build());

        assertThat(level.evaluate(facts(artisan)).outcome()).isEqualTo(Outcome.MET);
        assertThat(level.evaluate(facts(artisan, APPLIED.plusDays(1))).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void minimumSkillLevel_certificateIssuedAfterTheDate_doesNotCount() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN);
        Artisan artisan = withCertificates(certificate(SkillLevel.TECHNICIAN, "T-NEW", APPLIED.plusDays(1)).build());

        CriterionResult result = level.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("no certificate valid on 2018-05-01");
    }

    @Test
    void minimumSkillLevel_severalValidCertificates_usesTheHighest() {
        Criterion level = new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN);
        Artisan artisan = withCertificates(
                certificate(SkillLevel.SENIOR_WORKER, "S-1", LocalDate.of(2008, 7, 1)).build(),
                certificate(SkillLevel.TECHNICIAN, "T-1", LocalDate.of(2013, 7, 1)).build(),
                certificate(SkillLevel.INTERMEDIATE_WORKER, "I-1", LocalDate.of(2004, 7, 1)).build());

        CriterionResult result = level.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).contains("T-1");
    }

    // ---- years in the trade ----------------------------------------------------------------------

    @Test
    void minimumYearsInTrade_fullYearsReached_isMet() {
        Criterion years = new Criterion.MinimumYearsInTrade("years", Severity.HARD, 5);
        Artisan artisan = artisan(details().startedInTradeOn(LocalDate.of(2013, 5, 1)).build());

        CriterionResult result = years.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).isEqualTo("5 full years since 2013-05-01");
        assertThat(result.rule().en()).isEqualTo("at least 5 years in the trade (hard)");
    }

    @Test
    void minimumYearsInTrade_oneDayShort_isNotMet() {
        Criterion years = new Criterion.MinimumYearsInTrade("years", Severity.HARD, 5);
        Artisan artisan = artisan(details().startedInTradeOn(LocalDate.of(2013, 5, 2)).build());

        CriterionResult result = years.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("4 full years since 2013-05-02");
    }

    @Test
    void minimumYearsInTrade_short_soft_isFlagged() {
        Criterion years = new Criterion.MinimumYearsInTrade("years", Severity.SOFT, 30);

        assertThat(years.evaluate(facts(artisan(details().build()))).outcome()).isEqualTo(Outcome.FLAGGED);
    }

    // ---- maximum age -----------------------------------------------------------------------------

    @Test
    void maximumAge_dayBeforeTheBirthdayPastTheLimit_isMet() {
        Criterion age = new Criterion.MaximumAge("age", Severity.SOFT, 55);
        Artisan artisan = artisan(details().residentId(residentIdBornOn(LocalDate.of(1962, 5, 2))).build());

        CriterionResult result = age.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).isEqualTo("aged 55 on 2018-05-01");
    }

    @Test
    void maximumAge_onTheBirthdayPastTheLimit_soft_isFlagged() {
        Criterion age = new Criterion.MaximumAge("age", Severity.SOFT, 55);
        Artisan artisan = artisan(details().residentId(residentIdBornOn(LocalDate.of(1962, 5, 1))).build());

        CriterionResult result = age.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(result.facts().en()).isEqualTo("aged 56 on 2018-05-01");
        assertThat(result.rule().en()).isEqualTo("aged 55 or under (soft: flagged, not refused)");
    }

    @Test
    void maximumAge_onADateBeforeTheBirth_isFlaggedForAPerson_sayingSo_withoutTheBirthDate() {
        Criterion age = new Criterion.MaximumAge("age", Severity.HARD, 50);
        // Born 2018-05-02, a day after the facts' date: a round dated 1994 for 2024 meets such applicants.
        Artisan artisan = artisan(details().residentId(residentIdBornOn(LocalDate.of(2018, 5, 2)))
                .startedInTradeOn(LocalDate.of(2036, 5, 2)).build());

        CriterionResult result = age.evaluate(facts(artisan));

        assertThat(result.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(result.facts().en()).isEqualTo("born after 2018-05-01: no age on that date; check the round date or the birth date");
        assertThat(result.facts().zh()).isEqualTo("出生日期晚于2018-05-01，当日无年龄可计，请核对评审日期或出生日期");
    }

    @Test
    void maximumAge_onTheBirthdayReachingTheLimit_isMet() {
        Criterion age = new Criterion.MaximumAge("age", Severity.HARD, 55);
        Artisan artisan = artisan(details().residentId(residentIdBornOn(LocalDate.of(1963, 5, 1))).build());

        assertThat(age.evaluate(facts(artisan)).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void maximumAge_overTheLimit_hard_isNotMet() {
        Criterion age = new Criterion.MaximumAge("age", Severity.HARD, 36);

        // The default artisan, born 1980-05-12, is 37 on the date.
        CriterionResult result = age.evaluate(facts(artisan(details().build())));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("aged 37 on 2018-05-01");
    }

    // ---- in service ------------------------------------------------------------------------------

    @Test
    void inService_declaredInService_isMet() {
        CriterionResult result = new Criterion.InService("in-service", Severity.HARD)
                .evaluate(declaring(new Declarations(true, null)));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).isEqualTo("declared in service");
    }

    @Test
    void inService_declaredRetired_hard_isNotMet() {
        CriterionResult result = new Criterion.InService("in-service", Severity.HARD)
                .evaluate(declaring(new Declarations(false, null)));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("declared not in service");
    }

    @Test
    void inService_declaredRetired_soft_isFlagged() {
        CriterionResult result = new Criterion.InService("in-service", Severity.SOFT)
                .evaluate(declaring(new Declarations(false, null)));

        assertThat(result.outcome()).isEqualTo(Outcome.FLAGGED);
    }

    @Test
    void inService_notDeclared_isFlaggedEvenWhenHard() {
        CriterionResult result = new Criterion.InService("in-service", Severity.HARD)
                .evaluate(declaring(new Declarations(null, null)));

        assertThat(result.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(result.facts().en()).isEqualTo("not declared");
        assertThat(result.isOpenFlag()).isTrue();
    }

    // ---- disqualifying record --------------------------------------------------------------------

    @Test
    void noDisqualifyingRecord_noneDeclared_isMet() {
        CriterionResult result = new Criterion.NoDisqualifyingRecord("record", Severity.HARD)
                .evaluate(declaring(new Declarations(true, null)));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).isEqualTo("none declared");
    }

    @Test
    void noDisqualifyingRecord_blankDeclaration_countsAsNone() {
        CriterionResult result = new Criterion.NoDisqualifyingRecord("record", Severity.HARD)
                .evaluate(declaring(new Declarations(true, "   ")));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void noDisqualifyingRecord_recordDeclared_isNotMet_withoutRepeatingThePersonalData() {
        CriterionResult result = new Criterion.NoDisqualifyingRecord("record", Severity.HARD)
                .evaluate(declaring(new Declarations(true, "2015年交通肇事罪")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("a record was declared");
        assertThat(result.explain()).doesNotContain("交通肇事");
    }

    @Test
    void noDisqualifyingRecord_recordDeclared_soft_isFlagged() {
        CriterionResult result = new Criterion.NoDisqualifyingRecord("record", Severity.SOFT)
                .evaluate(declaring(new Declarations(true, "2009年轻微安全事故")));

        assertThat(result.outcome()).isEqualTo(Outcome.FLAGGED);
    }

    // ---- holds an honor --------------------------------------------------------------------------

    @Test
    void holdsHonor_activeHonorOfTheProgram_isMet_describingIt() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of());

        CriterionResult result = held.evaluate(holding(honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), Optional.empty())));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).isEqualTo("holds 淄博金牌工匠 (2016, naming decision 淄工发〔2016〕12号)");
        assertThat(result.facts().zh()).isEqualTo("获得淄博金牌工匠（2016年，表彰决定 淄工发〔2016〕12号）");
        assertThat(result.rule().en()).isEqualTo("holds an honor of program 1 (hard)");
    }

    @Test
    void holdsHonor_honorOfAnotherProgram_isNotMet() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, QILU, Set.of());

        CriterionResult result = held.evaluate(holding(honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), Optional.empty())));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.facts().en()).isEqualTo("no such honor active on 2018-05-01");
    }

    @Test
    void holdsHonor_noHonor_soft_isFlagged() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.SOFT, ZIBO, Set.of());

        assertThat(held.evaluate(holding()).outcome()).isEqualTo(Outcome.FLAGGED);
    }

    @Test
    void holdsHonor_revokedBeforeTheDate_doesNotCount() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of());

        CriterionResult result = held.evaluate(holding(
                honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), revokedFrom(LocalDate.of(2018, 3, 1)))));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void holdsHonor_revokedOnTheDate_doesNotCount() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of());

        CriterionResult result = held.evaluate(holding(honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), revokedFrom(APPLIED))));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void holdsHonor_revokedAfterTheDate_stillCounts() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of());

        CriterionResult result = held.evaluate(holding(
                honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), revokedFrom(LocalDate.of(2018, 6, 1)))));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void holdsHonor_namedAfterTheDate_doesNotCount() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of());

        CriterionResult result = held.evaluate(holding(honor(ZIBO, "gold", APPLIED.plusDays(1), Optional.empty())));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void holdsHonor_revokedOneAndActiveOne_countsTheActiveOne() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of());

        CriterionResult result = held.evaluate(holding(
                honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), revokedFrom(LocalDate.of(2017, 3, 1))),
                honor(ZIBO, "gold", LocalDate.of(2017, 12, 20), Optional.empty())));

        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.facts().en()).contains("2017");
    }

    @Test
    void holdsHonor_tierFilter_acceptsOnlyTheListedTiers() {
        Criterion goldOnly = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of("gold"));
        Honor craftsman = honor(ZIBO, "craftsman", LocalDate.of(2016, 12, 20), Optional.empty());
        Honor gold = honor(ZIBO, "gold", LocalDate.of(2016, 12, 20), Optional.empty());

        assertThat(goldOnly.evaluate(holding(craftsman)).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(goldOnly.evaluate(holding(gold)).outcome()).isEqualTo(Outcome.MET);
        assertThat(new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, Set.of()).evaluate(holding(craftsman))
                .outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void holdsHonor_describe_listsTheTiersSorted() {
        Criterion held = new Criterion.HoldsHonor("earlier", Severity.SOFT, ZIBO, Set.of("gold", "craftsman"));

        assertThat(held.describe()).isEqualTo("holds an honor of program 1 in tier craftsman/gold (soft: flagged, not refused)");
    }

    // ---- construction and shared behaviour -------------------------------------------------------

    @Test
    void unmet_isNotMetForHard_andFlaggedForSoft() {
        assertThat(new Criterion.InService("a", Severity.HARD).unmet()).isEqualTo(Outcome.NOT_MET);
        assertThat(new Criterion.InService("a", Severity.SOFT).unmet()).isEqualTo(Outcome.FLAGGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Level", "-level", "level id", "等级", "ıd", "a0123456789012345678901234567890123456789"})
    void constructor_malformedId_isRefusedNamingCriterionId(String id) {
        InvalidFieldException e = refusal(() -> new Criterion.InService(id, Severity.HARD));

        assertThat(e).isNotNull();
        assertThat(e.getField()).isEqualTo("criterion.id");
    }

    @Test
    void constructor_nullId_isRefusedNamingCriterionId() {
        assertThat(refusal(() -> new Criterion.MinimumSkillLevel(null, Severity.HARD, SkillLevel.TECHNICIAN)).getField())
                .isEqualTo("criterion.id");
    }

    @Test
    void constructor_longestAcceptedId_isFortyCharacters() {
        String id = "a" + "_".repeat(38) + "z";

        assertThat(new Criterion.InService(id, Severity.HARD).id()).isEqualTo(id);
    }

    @Test
    void constructor_negativeYearsInTrade_isRefusedNamingCriterionYears() {
        assertThat(refusal(() -> new Criterion.MinimumYearsInTrade("years", Severity.HARD, -1)).getField())
                .isEqualTo("criterion.years");
    }

    @Test
    void constructor_nonPositiveAge_isRefusedNamingCriterionYears() {
        assertThat(refusal(() -> new Criterion.MaximumAge("age", Severity.HARD, 0)).getField())
                .isEqualTo("criterion.years");
    }

    @Test
    void holdsHonor_tierCodes_areCopied() {
        Set<String> tiers = new java.util.HashSet<>(Set.of("gold"));
        Criterion.HoldsHonor held = new Criterion.HoldsHonor("earlier", Severity.HARD, ZIBO, tiers);

        tiers.add("craftsman");

        assertThat(held.tierCodes()).containsExactly("gold");
    }

    @Test
    void ziboCriteria_qualifiedSeniorWorker_isEligible_withOneLinePerCriterion() {
        Artisan artisan = withCertificates(certificate(SkillLevel.SENIOR_WORKER, "S-1", LocalDate.of(2010, 7, 1)).build());
        EligibilityFacts facts = facts(artisan);
        List<Criterion> criteria = ProgramDefinition.zibo().criteria();

        Verdict verdict = new Verdict(APPLIED, criteria.stream().map(c -> c.evaluate(facts)).toList());

        assertThat(verdict.status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(verdict.results()).extracting(CriterionResult::criterionId)
                .containsExactly("level", "years", "in-service", "record", "age");
        assertThat(verdict.results()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.MET));
    }
}
