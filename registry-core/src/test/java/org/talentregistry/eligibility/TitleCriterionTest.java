package org.talentregistry.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.details;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRoundId;

/** The criteria that read technician-title awards: {@link Criterion.HoldsTitle} and {@link Criterion.SelectionLimit}. */
class TitleCriterionTest {
    private static final Instant REGISTERED = Instant.parse("2017-01-02T03:04:05Z");
    private static final String CHIEF = "zibo-chief-technician";
    private static final String QILU = "qilu-chief-technician";
    private static final LocalDate ROUND = LocalDate.of(2023, 9, 1);

    private static final Criterion HOLDS_CHIEF = new Criterion.HoldsTitle("prerequisite", Severity.HARD, CHIEF);
    private static final Criterion AT_MOST_TWICE = new Criterion.SelectionLimit("selection-limit", Severity.HARD, CHIEF, 2);

    private static TitleAward award(long id, String titleCode, LocalDate startsOn, Optional<LocalDate> endsOn) {
        return new TitleAward(TitleAwardId.of(id), titleCode, "淄博市首席技师", ArtisanId.of(1), TitleRoundId.of(id),
                org.talentregistry.title.IssuingRegion.of("370300"), 1, startsOn, endsOn);
    }

    /** A four-year chief technician term from a round date. */
    private static TitleAward chief(long id, LocalDate startsOn) {
        return award(id, CHIEF, startsOn, Optional.of(startsOn.plusYears(4)));
    }

    private static EligibilityFacts facts(LocalDate asOf, TitleAward... titles) {
        Artisan artisan = Artisan.of(ArtisanId.of(1), 1, details().build(), REGISTERED, REGISTERED);
        return new EligibilityFacts(artisan, asOf, Declarations.inServiceWithCleanRecord(), List.of(), List.of(titles));
    }

    // ---- holds title ------------------------------------------------------------------------------

    @Test
    void holdsTitle_withinTheTerm_isMetWithTheTerm() {
        CriterionResult r = HOLDS_CHIEF.evaluate(facts(ROUND, chief(1, LocalDate.of(2021, 9, 1))));

        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.facts().en()).isEqualTo("holds 淄博市首席技师 since 2021-09-01, no longer from 2025-09-01");
        // The term's end is the first day the title is no longer held: "2021-09-01至2025-09-01持有" read as held on it.
        assertThat(r.facts().zh()).isEqualTo("自2021-09-01起持有淄博市首席技师，2025-09-01起不再持有");
        assertThat(r.rule().en()).isEqualTo("holds the title " + CHIEF + " (hard)");
    }

    @Test
    void holdsTitle_onTheFirstDayOfTheTerm_isMet() {
        assertThat(HOLDS_CHIEF.evaluate(facts(ROUND, chief(1, ROUND))).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void holdsTitle_lapsesAtTheEndOfItsTerm_endExclusive() {
        TitleAward term = chief(1, LocalDate.of(2019, 9, 1));

        assertThat(HOLDS_CHIEF.evaluate(facts(LocalDate.of(2023, 8, 31), term)).outcome()).isEqualTo(Outcome.MET);
        CriterionResult onEnd = HOLDS_CHIEF.evaluate(facts(LocalDate.of(2023, 9, 1), term));
        assertThat(onEnd.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(onEnd.facts().en()).isEqualTo("does not hold " + CHIEF + " on 2023-09-01");
    }

    @Test
    void holdsTitle_awardedAfterTheDate_isNotMet() {
        assertThat(HOLDS_CHIEF.evaluate(facts(ROUND, chief(1, ROUND.plusDays(1)))).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void holdsTitle_anotherTitle_isNotMet() {
        TitleAward qilu = award(1, QILU, LocalDate.of(2022, 1, 1), Optional.of(LocalDate.of(2026, 1, 1)));

        assertThat(HOLDS_CHIEF.evaluate(facts(ROUND, qilu)).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void holdsTitle_lapsedTermAndACurrentOne_isMetByTheCurrent() {
        CriterionResult r = HOLDS_CHIEF.evaluate(facts(ROUND, chief(1, LocalDate.of(2015, 9, 1)), chief(2, LocalDate.of(2022, 9, 1))));

        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.facts().en()).contains("since 2022-09-01");
    }

    @Test
    void holdsTitle_titleForLife_neverLapses() {
        TitleAward forLife = award(1, CHIEF, LocalDate.of(2001, 9, 1), Optional.empty());

        CriterionResult r = HOLDS_CHIEF.evaluate(facts(LocalDate.of(2060, 1, 1), forLife));

        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.facts().en()).isEqualTo("holds 淄博市首席技师 since 2001-09-01");
    }

    @Test
    void holdsTitle_soft_isFlagged() {
        Criterion soft = new Criterion.HoldsTitle("prerequisite", Severity.SOFT, CHIEF);

        assertThat(soft.evaluate(facts(ROUND)).outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(soft.describe()).isEqualTo("holds the title " + CHIEF + " (soft: flagged, not refused)");
    }

    @Test
    void holdsTitle_noTitlesFacts_isNotMet() {
        Artisan artisan = Artisan.of(ArtisanId.of(1), 1, details().build(), REGISTERED, REGISTERED);
        EligibilityFacts noTitles = new EligibilityFacts(artisan, ROUND, Declarations.inServiceWithCleanRecord(), List.of());

        assertThat(HOLDS_CHIEF.evaluate(noTitles).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void holdsTitle_badId_isRefused() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> new Criterion.HoldsTitle("Prerequisite", Severity.HARD, CHIEF));

        assertThat(e).isNotNull();
        assertThat(e.getField()).isEqualTo("criterion.id");
    }

    // ---- selection limit --------------------------------------------------------------------------

    @Test
    void selectionLimit_neverSelected_isMet() {
        CriterionResult r = AT_MOST_TWICE.evaluate(facts(ROUND));

        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.facts().en()).isEqualTo("selected 0 times before 2023-09-01");
        assertThat(r.rule().en()).isEqualTo("selected for " + CHIEF + " at most 2 times (hard)");
    }

    @Test
    void selectionLimit_onceBefore_isMet() {
        assertThat(AT_MOST_TWICE.evaluate(facts(ROUND, chief(1, LocalDate.of(2019, 9, 1)))).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void selectionLimit_twiceBefore_lapsedTermsStillCount() {
        CriterionResult r = AT_MOST_TWICE.evaluate(facts(ROUND, chief(1, LocalDate.of(2011, 9, 1)),
                chief(2, LocalDate.of(2015, 9, 1))));

        assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(r.facts().en()).isEqualTo("selected 2 times before 2023-09-01");
    }

    @Test
    void selectionLimit_otherTitlesDoNotCount() {
        CriterionResult r = AT_MOST_TWICE.evaluate(facts(ROUND, chief(1, LocalDate.of(2015, 9, 1)),
                award(2, QILU, LocalDate.of(2019, 9, 1), Optional.empty())));

        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.facts().en()).isEqualTo("selected 1 times before 2023-09-01");
    }

    @Test
    void selectionLimit_anAwardOfALaterRoundDecidedFirst_countsAsASelectionMade() {
        CriterionResult r = AT_MOST_TWICE.evaluate(facts(ROUND, chief(1, LocalDate.of(2015, 9, 1)),
                chief(3, ROUND.plusYears(1))));

        assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(r.facts().en()).isEqualTo(
                "selected 1 times before 2023-09-01, and 1 times in rounds dated on or after it that are decided already");
        assertThat(r.facts().zh()).isEqualTo("2023-09-01之前已入选1次，另在该日及以后日期、已确定的评选中入选1次");
        assertThat(AT_MOST_TWICE.evaluate(facts(ROUND, chief(3, ROUND.plusYears(1)))).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void selectionLimit_onceAllowed_anyEarlierSelectionRefuses() {
        Criterion once = new Criterion.SelectionLimit("selection-limit", Severity.HARD, CHIEF, 1);

        assertThat(once.evaluate(facts(ROUND)).outcome()).isEqualTo(Outcome.MET);
        assertThat(once.evaluate(facts(ROUND, chief(1, LocalDate.of(2001, 9, 1)))).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void selectionLimit_soft_isFlagged() {
        Criterion soft = new Criterion.SelectionLimit("selection-limit", Severity.SOFT, CHIEF, 1);

        assertThat(soft.evaluate(facts(ROUND, chief(1, LocalDate.of(2015, 9, 1)))).outcome()).isEqualTo(Outcome.FLAGGED);
    }

    @Test
    void selectionLimit_zero_isRefused() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> new Criterion.SelectionLimit("selection-limit", Severity.HARD, CHIEF, 0));

        assertThat(e).isNotNull();
        assertThat(e.getField()).isEqualTo("criterion.maxSelections");
    }
}
