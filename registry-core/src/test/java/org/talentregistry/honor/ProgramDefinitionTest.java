package org.talentregistry.honor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;

class ProgramDefinitionTest {
    private static final HonorTier GOLD = new HonorTier("gold", "金牌工匠", 10, true);

    /** A valid definition with one tier and one channel; each test changes only what it is about. */
    private static ProgramDefinition.Builder valid() {
        return ProgramDefinition.builder()
                .name("潍坊工匠")
                .organizer("潍坊市总工会")
                .years(2020, 3)
                .tier(GOLD)
                .channel(NominationChannel.SELF);
    }

    private static InvalidFieldException refusal(ProgramDefinition.Builder builder) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, builder::build);
        assertThat(e).as("build() should refuse").isNotNull();
        return e;
    }

    @Test
    void build_minimal_appliesTheDocumentedDefaults() {
        ProgramDefinition d = valid().build();

        assertThat(d.noticeWorkingDays()).isEqualTo(5);
        assertThat(d.votePolicy()).isEqualTo("one-per-ip-per-round");
        assertThat(d.scoring()).isEqualTo(ScoringScheme.zibo());
        assertThat(d.repeatsAllowed()).isFalse();
        assertThat(d.programCap()).isEmpty();
        assertThat(d.criteria()).isEmpty();
        assertThat(d.channels()).containsExactly(NominationChannel.SELF);
    }

    @Test
    void zibo_hasTheZiboGoldMedalCraftsmanValues() {
        ProgramDefinition zibo = ProgramDefinition.zibo();

        assertThat(zibo.name()).isEqualTo("淄博金牌工匠");
        assertThat(zibo.organizers()).containsExactly("淄博市总工会", "中共淄博市委组织部", "淄博市人力资源和社会保障局");
        assertThat(zibo.firstYear()).isEqualTo(2016);
        assertThat(zibo.years()).isEqualTo(5);
        assertThat(zibo.tiers()).containsExactly(new HonorTier("gold", "淄博金牌工匠", 20, true));
        assertThat(zibo.programCap()).hasValue(100);
        // DOMAIN: Zibo's candidates self-nominate on the union's app; other programs add the other channels.
        assertThat(zibo.channels()).containsExactly(NominationChannel.SELF);
        assertThat(zibo.scoring()).isEqualTo(ScoringScheme.zibo());
        assertThat(zibo.votePolicy()).isEqualTo("one-per-ip-per-round");
        assertThat(zibo.noticeWorkingDays()).isEqualTo(5);
        assertThat(zibo.repeatsAllowed()).isFalse();
        assertThat(zibo.criteria()).containsExactly(
                new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER),
                new Criterion.MinimumYearsInTrade("years", Severity.HARD, 5),
                new Criterion.InService("in-service", Severity.HARD),
                new Criterion.NoDisqualifyingRecord("record", Severity.HARD),
                new Criterion.MaximumAge("age", Severity.SOFT, 55));
    }

    @Test
    void zibo_runsFiveYearsFrom2016_at20AYear_for100InTotal() {
        ProgramDefinition zibo = ProgramDefinition.zibo();

        assertThat(zibo.tiers().stream().mapToInt(HonorTier::annualQuota).sum() * zibo.years())
                .isEqualTo(zibo.programCap().getAsInt());
        assertThat(zibo.coversYear(2018)).isTrue();
    }

    @Test
    void toBuilder_roundTrip_isEqual() {
        ProgramDefinition zibo = ProgramDefinition.zibo();

        ProgramDefinition copy = zibo.toBuilder().build();

        assertThat(copy).isEqualTo(zibo).hasSameHashCodeAs(zibo);
        assertThat(copy.toString()).isEqualTo(zibo.toString());
    }

    @Test
    void toBuilder_revisedCopy_differs_andLeavesTheOriginalUnchanged() {
        ProgramDefinition zibo = ProgramDefinition.zibo();

        ProgramDefinition revised = zibo.toBuilder().noticeWorkingDays(7).channel(NominationChannel.ASSOCIATION).build();

        assertThat(revised).isNotEqualTo(zibo);
        assertThat(revised.noticeWorkingDays()).isEqualTo(7);
        assertThat(revised.channels()).contains(NominationChannel.ASSOCIATION);
        assertThat(zibo.noticeWorkingDays()).isEqualTo(5);
        assertThat(zibo.channels()).doesNotContain(NominationChannel.ASSOCIATION);
        assertThat(zibo).isEqualTo(ProgramDefinition.zibo());
    }

    @Test
    void toBuilder_clearTiers_replacesTheTiers() {
        ProgramDefinition twoTiers = ProgramDefinition.zibo().toBuilder().clearTiers()
                .tier(new HonorTier("gold", "金牌工匠", 10, true)).tier(new HonorTier("craftsman", "工匠", 40, true))
                .build();

        assertThat(twoTiers.tiers()).extracting(HonorTier::code).containsExactly("gold", "craftsman");
        assertThat(twoTiers.tier("craftsman")).map(HonorTier::annualQuota).hasValue(40);
    }

    @Test
    void equals_differsOnEachField() {
        ProgramDefinition base = valid().build();

        assertThat(valid().name("上海工匠").build()).isNotEqualTo(base);
        assertThat(valid().organizer("潍坊市人社局").build()).isNotEqualTo(base);
        assertThat(valid().years(2021, 3).build()).isNotEqualTo(base);
        assertThat(valid().years(2020, 4).build()).isNotEqualTo(base);
        assertThat(valid().programCap(30).build()).isNotEqualTo(base);
        assertThat(valid().criterion(new Criterion.InService("in-service", Severity.HARD)).build()).isNotEqualTo(base);
        assertThat(valid().votePolicy("one-per-account-per-nominee-per-day").build()).isNotEqualTo(base);
        assertThat(valid().repeatsAllowed(true).build()).isNotEqualTo(base);
        assertThat(valid().build()).isEqualTo(base);
    }

    @Test
    void coversYear_fromTheFirstYear_forTheNumberOfYears() {
        ProgramDefinition zibo = ProgramDefinition.zibo();

        assertThat(zibo.coversYear(2015)).isFalse();
        assertThat(zibo.coversYear(2016)).isTrue();
        assertThat(zibo.coversYear(2020)).isTrue();
        assertThat(zibo.coversYear(2021)).isFalse();
    }

    @Test
    void tier_byCode_findsTheTier() {
        assertThat(ProgramDefinition.zibo().tier("gold")).map(HonorTier::annualQuota).hasValue(20);
        assertThat(ProgramDefinition.zibo().tier("silver")).isEmpty();
    }

    @Test
    void collections_areUnmodifiable_andUnaffectedByTheBuilder() {
        ProgramDefinition.Builder builder = valid();
        ProgramDefinition d = builder.build();

        builder.tier(new HonorTier("craftsman", "工匠", 40, true)).channel(NominationChannel.UNION);

        assertThat(d.tiers()).hasSize(1);
        assertThat(d.channels()).hasSize(1);
        assertThatThrownBy(() -> d.tiers().add(GOLD)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.organizers().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.channels().add(NominationChannel.UNION)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- validation ------------------------------------------------------------------------------

    @Test
    void build_weightsNotSummingToOne_isRefusedNamingScoringWeights() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> valid().scoring(new ScoringScheme(new java.math.BigDecimal("0.8"), new java.math.BigDecimal("0.15"),
                        ScoringScheme.zibo().items(), ScoringScheme.ExpertNormalization.NONE,
                        ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST, List.of(), 1)).build());

        assertThat(e.getField()).isEqualTo("scoring.weights");
    }

    @Test
    void build_duplicateTierCode_isRefusedNamingProgramTiers() {
        InvalidFieldException e = refusal(valid().tier(new HonorTier("gold", "另一个金牌", 5, false)));

        assertThat(e.getField()).isEqualTo("program.tiers");
        assertThat(e.getProblem()).contains("gold");
    }

    @Test
    void build_noTier_isRefusedNamingProgramTiers() {
        assertThat(refusal(valid().clearTiers()).getField()).isEqualTo("program.tiers");
    }

    @Test
    void build_duplicateCriterionId_isRefusedNamingProgramCriteria() {
        InvalidFieldException e = refusal(valid()
                .criterion(new Criterion.InService("check", Severity.HARD))
                .criterion(new Criterion.MaximumAge("check", Severity.SOFT, 50)));

        assertThat(e.getField()).isEqualTo("program.criteria");
        assertThat(e.getProblem()).contains("check");
    }

    @Test
    void build_noChannel_isRefusedNamingProgramChannels() {
        ProgramDefinition.Builder noChannel = ProgramDefinition.builder().name("潍坊工匠").organizer("潍坊市总工会")
                .years(2020, 3).tier(GOLD);

        assertThat(refusal(noChannel).getField()).isEqualTo("program.channels");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 61})
    void build_noticeDaysOutOfRange_isRefusedNamingProgramNoticeWorkingDays(int days) {
        InvalidFieldException e = refusal(valid().noticeWorkingDays(days));

        assertThat(e.getField()).isEqualTo("program.noticeWorkingDays");
        assertThat(e.getProblem()).contains(Integer.toString(days));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 60})
    void build_noticeDaysAtTheBounds_isAccepted(int days) {
        assertThat(valid().noticeWorkingDays(days).build().noticeWorkingDays()).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1948, 3000, Integer.MAX_VALUE})

    void build_firstYearOutOfRange_isRefusedNamingProgramFirstYear(int year) {
        assertThat(refusal(valid().years(year, 3)).getField()).isEqualTo("program.firstYear");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void build_yearCountOutOfRange_isRefusedNamingProgramYears(int count) {
        assertThat(refusal(valid().years(2020, count)).getField()).isEqualTo("program.years");
    }

    @Test
    void build_yearsAtTheBounds_areAccepted() {
        assertThat(valid().years(1949, 1).build().coversYear(1949)).isTrue();
        assertThat(valid().years(2200, 100).build().coversYear(2299)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void build_capBelowOne_isRefusedNamingProgramCap(int cap) {
        assertThat(refusal(valid().programCap(cap)).getField()).isEqualTo("program.cap");
    }

    @Test
    void build_capOfOne_orNoCap_isAccepted() {
        assertThat(valid().programCap(1).build().programCap()).hasValue(1);
        assertThat(valid().programCap(null).build().programCap()).isEmpty();
    }

    @Test
    void build_blankName_isRefusedNamingProgramName() {
        assertThat(refusal(valid().name("  ")).getField()).isEqualTo("program.name");
        assertThat(refusal(valid().name(null)).getField()).isEqualTo("program.name");
    }

    @Test
    void build_noOrganizer_isRefusedNamingProgramOrganizers() {
        ProgramDefinition.Builder noOrganizer = ProgramDefinition.builder().name("潍坊工匠").years(2020, 3).tier(GOLD)
                .channel(NominationChannel.SELF);

        assertThat(refusal(noOrganizer).getField()).isEqualTo("program.organizers");
        assertThat(refusal(valid().organizer(" ")).getField()).isEqualTo("program.organizers");
    }

    @Test
    void build_blankVotePolicy_isRefusedNamingProgramVotePolicy() {
        assertThat(refusal(valid().votePolicy("")).getField()).isEqualTo("program.votePolicy");
    }

    @Test
    void build_trimsTheName() {
        assertThat(valid().name("  潍坊工匠 ").build().name()).isEqualTo("潍坊工匠");
    }

    @Test
    void builder_nullTierOrCriterionOrChannel_isRefused() {
        assertThatThrownBy(() -> valid().tier(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().criterion(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().channel(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void channels_areASet() {
        ProgramDefinition d = valid().channel(NominationChannel.SELF).channel(NominationChannel.EMPLOYER).build();

        assertThat(d.channels()).isEqualTo(Set.of(NominationChannel.SELF, NominationChannel.EMPLOYER));
    }
}
