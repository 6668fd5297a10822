package org.talentregistry.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;

class VerdictTest {
    private static final LocalDate APPLIED = LocalDate.of(2018, 5, 1);
    private static final Actor CLERK = Actor.of("u-7", "张科长");

    private static CriterionResult line(String id, Outcome outcome, String facts) {
        return new CriterionResult(id, "rule " + id, outcome, facts, Optional.empty());
    }

    private static CriterionResult cleared(String id, String facts) {
        return new CriterionResult(id, "rule " + id, Outcome.FLAGGED, facts,
                Optional.of(new FlagClearance("技艺突出，委员会同意", CLERK, Instant.parse("2018-05-10T02:00:00Z"))));
    }

    @Test
    void status_everyLineMet_isEligible() {
        Verdict verdict = new Verdict(APPLIED, List.of(line("level", Outcome.MET, "f1"), line("years", Outcome.MET, "f2")));

        assertThat(verdict.status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(verdict.isEligible()).isTrue();
    }

    @Test
    void statusLabel_namesEachStatusAsTheExplanationDoes_inChineseAndEnglish() {
        Verdict eligible = new Verdict(APPLIED, List.of(line("level", Outcome.MET, "f")));
        Verdict review = new Verdict(APPLIED, List.of(line("age", Outcome.FLAGGED, "aged 56")));
        Verdict ineligible = new Verdict(APPLIED, List.of(line("level", Outcome.NOT_MET, "level 中级工")));

        assertThat(List.of(eligible, review, ineligible)).extracting(v -> v.statusLabel(java.util.Locale.CHINESE))
                .containsExactly("符合条件", "待人工核定", "不符合条件");
        assertThat(List.of(eligible, review, ineligible)).extracting(v -> v.statusLabel(java.util.Locale.ENGLISH))
                .containsExactly("ELIGIBLE", "NEEDS_REVIEW", "INELIGIBLE");
        assertThat(review.explain(java.util.Locale.CHINESE)).startsWith("2018-05-01资格审查结论：" + review.statusLabel(
                java.util.Locale.CHINESE));
    }

    @Test
    void status_noCriteria_isEligible() {
        assertThat(new Verdict(APPLIED, List.of()).status()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void status_aHardCriterionNotMet_isIneligible_evenWithAnOpenFlag() {
        Verdict verdict = new Verdict(APPLIED, List.of(line("age", Outcome.FLAGGED, "aged 56"),
                line("level", Outcome.NOT_MET, "level 高级工"), line("years", Outcome.MET, "20 years")));

        assertThat(verdict.status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(verdict.isEligible()).isFalse();
    }

    @Test
    void status_anOpenFlag_needsReview() {
        Verdict verdict = new Verdict(APPLIED, List.of(line("level", Outcome.MET, "f"), line("age", Outcome.FLAGGED, "aged 56")));

        assertThat(verdict.status()).isEqualTo(Eligibility.NEEDS_REVIEW);
        assertThat(verdict.isEligible()).isFalse();
    }

    @Test
    void status_everyFlagCleared_isEligible() {
        Verdict verdict = new Verdict(APPLIED, List.of(line("level", Outcome.MET, "f"), cleared("age", "aged 56")));

        assertThat(verdict.status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(verdict.isEligible()).isTrue();
    }

    @Test
    void status_oneFlagClearedAndAnotherOpen_stillNeedsReview() {
        Verdict verdict = new Verdict(APPLIED, List.of(cleared("age", "aged 56"), line("in-service", Outcome.FLAGGED,
                "not declared")));

        assertThat(verdict.status()).isEqualTo(Eligibility.NEEDS_REVIEW);
    }

    @Test
    void status_clearanceOnANotMetLine_doesNotMakeItEligible() {
        CriterionResult notMet = new CriterionResult("level", "rule", Outcome.NOT_MET, "level 高级工",
                Optional.of(new FlagClearance("不适用", CLERK, Instant.parse("2018-05-10T02:00:00Z"))));

        assertThat(new Verdict(APPLIED, List.of(notMet)).status()).isEqualTo(Eligibility.INELIGIBLE);
    }

    @Test
    void explain_startsWithTheStatusAndDate_thenHasOneLinePerCriterion() {
        CriterionResult level = line("level", Outcome.MET, "level 技师 from certificate T-1 valid on 2018-05-01");
        CriterionResult age = line("age", Outcome.FLAGGED, "aged 56 on 2018-05-01");
        CriterionResult record = line("record", Outcome.MET, "none declared");
        Verdict verdict = new Verdict(APPLIED, List.of(level, age, record));

        String explanation = verdict.explain();

        assertThat(explanation.lines()).hasSize(4);
        assertThat(explanation.lines().findFirst()).contains("NEEDS_REVIEW as of 2018-05-01");
        assertThat(explanation).contains(level.explain(), age.explain(), record.explain());
        assertThat(age.explain()).isEqualTo("FLAGGED rule age: aged 56 on 2018-05-01");
    }

    @Test
    void explain_clearedFlag_namesWhoClearedItAndWhy() {
        CriterionResult age = cleared("age", "aged 56 on 2018-05-01");

        assertThat(new Verdict(APPLIED, List.of(age)).explain())
                .startsWith("ELIGIBLE as of 2018-05-01")
                .contains("FLAGGED rule age: aged 56 on 2018-05-01 [flag cleared by 张科长: 技艺突出，委员会同意]");
        assertThat(age.isOpenFlag()).isFalse();
    }

    @Test
    void results_areCopiedAndUnmodifiable() {
        List<CriterionResult> lines = new ArrayList<>(List.of(line("level", Outcome.MET, "f")));
        Verdict verdict = new Verdict(APPLIED, lines);

        lines.add(line("age", Outcome.NOT_MET, "f"));

        assertThat(verdict.results()).hasSize(1);
        assertThat(verdict.status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThatThrownBy(() -> verdict.results().add(line("x", Outcome.MET, "f")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isOpenFlag_onlyForUnclearedFlags() {
        assertThat(line("a", Outcome.FLAGGED, "f").isOpenFlag()).isTrue();
        assertThat(line("a", Outcome.MET, "f").isOpenFlag()).isFalse();
        assertThat(line("a", Outcome.NOT_MET, "f").isOpenFlag()).isFalse();
        assertThat(cleared("a", "f").isOpenFlag()).isFalse();
    }
}
