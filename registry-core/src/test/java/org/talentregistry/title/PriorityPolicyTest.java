package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.title.PriorityFixtures.CHIEF;
import static org.talentregistry.title.PriorityFixtures.ZIBO;
import static org.talentregistry.title.PriorityFixtures.agedAtMost45;
import static org.talentregistry.title.PriorityFixtures.holdsGold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class PriorityPolicyTest {
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 1, 1);

    private static PriorityPolicy policy(String id, int version, LocalDate from, Optional<LocalDate> until, BigDecimal tolerance,
            List<PriorityCondition> conditions) {
        return new PriorityPolicy(id, version, CHIEF, from, until, tolerance, conditions);
    }

    private static PriorityPolicy valid(Optional<LocalDate> until) {
        return policy("zibo-chief-2023", 1, FROM, until, BigDecimal.ZERO, List.of(holdsGold(), agedAtMost45()));
    }

    private static InvalidFieldException refusal(Executable construction) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, construction::execute);
        assertThat(e).as("expected an InvalidFieldException").isNotNull();
        return e;
    }

    @Test
    void constructor_validPolicy_keepsEveryFieldAndTheConditionOrder() {
        PriorityPolicy p = valid(Optional.of(UNTIL));

        assertThat(p.id()).isEqualTo("zibo-chief-2023");
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.titleCode()).isEqualTo(CHIEF);
        assertThat(p.validFrom()).isEqualTo(FROM);
        assertThat(p.validUntil()).contains(UNTIL);
        assertThat(p.conditions()).extracting(PriorityCondition::id).containsExactly("zibo-gold", "age-45");
    }

    @Test
    void constructor_conditionsAreCopiedAndUnmodifiable() {
        List<PriorityCondition> conditions = new ArrayList<>(List.of(holdsGold()));
        PriorityPolicy p = policy("zibo-chief", 1, FROM, Optional.empty(), BigDecimal.ZERO, conditions);

        conditions.add(agedAtMost45());

        assertThat(p.conditions()).hasSize(1);
        assertThatThrownBy(() -> p.conditions().add(agedAtMost45())).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Zibo", "zibo_chief", "-zibo", "中文", "a-very-long-policy-identifier-of-41-chars"})
    void constructor_badId_isRefused(String id) {
        assertThat(refusal(() -> policy(id, 1, FROM, Optional.empty(), BigDecimal.ZERO, List.of())).getField())
                .isEqualTo("policy.id");
    }

    @Test
    void constructor_nullId_isRefused() {
        assertThat(refusal(() -> policy(null, 1, FROM, Optional.empty(), BigDecimal.ZERO, List.of())).getField())
                .isEqualTo("policy.id");
    }

    @Test
    void constructor_versionZero_isRefused() {
        assertThat(refusal(() -> policy("p", 0, FROM, Optional.empty(), BigDecimal.ZERO, List.of())).getField())
                .isEqualTo("policy.version");
    }

    @Test
    void constructor_noValidFrom_isRefused() {
        assertThat(refusal(() -> policy("p", 1, null, Optional.empty(), BigDecimal.ZERO, List.of())).getField())
                .isEqualTo("policy.validFrom");
    }

    @Test
    void constructor_validUntilOnValidFrom_isRefused() {
        InvalidFieldException e = refusal(() -> policy("p", 1, FROM, Optional.of(FROM), BigDecimal.ZERO, List.of()));

        assertThat(e.getField()).isEqualTo("policy.validUntil");
        assertThat(e.getProblem()).contains("2023-01-01");
    }

    @Test
    void constructor_validUntilBeforeValidFrom_isRefused() {
        assertThat(refusal(() -> policy("p", 1, FROM, Optional.of(FROM.minusDays(1)), BigDecimal.ZERO, List.of())).getField())
                .isEqualTo("policy.validUntil");
    }

    @Test
    void constructor_validUntilTheDayAfter_isOneDayPolicy() {
        PriorityPolicy oneDay = policy("p", 1, FROM, Optional.of(FROM.plusDays(1)), BigDecimal.ZERO, List.of());

        assertThat(oneDay.isInForceOn(FROM)).isTrue();
        assertThat(oneDay.isInForceOn(FROM.plusDays(1))).isFalse();
    }

    @Test
    void constructor_negativeTolerance_isRefused() {
        InvalidFieldException e = refusal(() -> policy("p", 1, FROM, Optional.empty(), new BigDecimal("-0.1"), List.of()));

        assertThat(e.getField()).isEqualTo("policy.scoreTolerance");
        assertThat(e.getProblem()).contains("-0.1");
    }

    @Test
    void constructor_nullTolerance_isRefused() {
        assertThat(refusal(() -> policy("p", 1, FROM, Optional.empty(), null, List.of())).getField())
                .isEqualTo("policy.scoreTolerance");
    }

    @Test
    void constructor_positiveTolerance_isAccepted() {
        assertThat(policy("p", 1, FROM, Optional.empty(), new BigDecimal("0.5"), List.of()).scoreTolerance())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void constructor_duplicateConditionIds_isRefusedNamingTheId() {
        PriorityCondition sameIdOtherRule = new PriorityCondition.AgedAtMost("zibo-gold", 45, "45周岁以下", "aged 45 or under");

        InvalidFieldException e = refusal(() -> policy("p", 1, FROM, Optional.empty(), BigDecimal.ZERO,
                List.of(holdsGold(), sameIdOtherRule)));

        assertThat(e.getField()).isEqualTo("policy.conditions");
        assertThat(e.getProblem()).contains("zibo-gold");
    }

    @Test
    void isInForceOn_fromInclusiveUntilExclusive() {
        PriorityPolicy p = valid(Optional.of(UNTIL));

        assertThat(p.isInForceOn(FROM.minusDays(1))).isFalse();
        assertThat(p.isInForceOn(FROM)).isTrue();
        assertThat(p.isInForceOn(UNTIL.minusDays(1))).isTrue();
        assertThat(p.isInForceOn(UNTIL)).isFalse();
    }

    @Test
    void isInForceOn_withoutEnd_inForceFromValidFromOn() {
        PriorityPolicy p = valid(Optional.empty());

        assertThat(p.isInForceOn(FROM.minusDays(1))).isFalse();
        assertThat(p.isInForceOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    // ---- conditions -------------------------------------------------------------------------------

    @Test
    void holdsHonor_badId_isRefused() {
        assertThat(refusal(() -> new PriorityCondition.HoldsHonor("Gold", ZIBO, Set.of(), "持有称号", "holds")).getField())
                .isEqualTo("condition.id");
    }

    @Test
    void holdsHonor_blankRule_isRefused() {
        assertThat(refusal(() -> new PriorityCondition.HoldsHonor("gold", ZIBO, Set.of(), " ", "holds")).getField())
                .isEqualTo("condition.ruleZh");
        assertThat(refusal(() -> new PriorityCondition.HoldsHonor("gold", ZIBO, Set.of(), "持有称号", "")).getField())
                .isEqualTo("condition.ruleEn");
    }

    @Test
    void holdsHonor_ruleOver200Characters_isRefused() {
        assertThat(refusal(() -> new PriorityCondition.HoldsHonor("gold", ZIBO, Set.of(), "持".repeat(201), "holds")).getField())
                .isEqualTo("condition.ruleZh");
    }

    @Test
    void agedAtMost_zeroYears_isRefused() {
        assertThat(refusal(() -> new PriorityCondition.AgedAtMost("age", 0, "0周岁以下", "aged 0 or under")).getField())
                .isEqualTo("condition.years");
    }
}
