package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.StagePlan;

class ProgramCodecTest {

    /** Every criterion kind, three tiers, no cap, every channel, z-scores, and text the format must escape. */
    static ProgramDefinition everyKind() {
        return ProgramDefinition.builder()
                .name("齐鲁大工匠 = #1: \"选树\"!")
                .organizer("山东省总工会").organizer("  leading spaces, a # and a = sign\\")
                .years(2021, 10)
                .tier(new HonorTier("grand", "齐鲁大工匠", 10, true))
                .tier(new HonorTier("craft", "齐鲁工匠", 40, true))
                .tier(new HonorTier("hand-made", "手造工匠", 15, false))
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_TECHNICIAN))
                .criterion(new Criterion.MinimumYearsInTrade("front-line", Severity.HARD, 0))
                .criterion(new Criterion.MaximumAge("age_50", Severity.SOFT, 50))
                .criterion(new Criterion.InService("in-service", Severity.SOFT))
                .criterion(new Criterion.NoDisqualifyingRecord("record", Severity.HARD))
                .criterion(new Criterion.HoldsHonor("earlier", Severity.HARD, HonorProgramId.of(42), Set.of("gold", "craft")))
                .criterion(new Criterion.HoldsHonor("any-tier", Severity.SOFT, HonorProgramId.of(7), Set.of()))
                .criterion(new Criterion.HoldsTitle("municipal", Severity.HARD, "zibo-chief-technician"))
                .criterion(new Criterion.SelectionLimit("twice", Severity.SOFT, "qilu-chief-technician", 2))
                .channel(NominationChannel.UNION).channel(NominationChannel.ASSOCIATION)
                .channel(NominationChannel.SELF).channel(NominationChannel.EMPLOYER)
                .scoring(new ScoringScheme(new BigDecimal("0.700"), new BigDecimal("0.3"),
                        List.of(new ReviewItem("skill", "技能水平", 50), new ReviewItem("innovation", "创新=成果", 50)),
                        ScoringScheme.ExpertNormalization.Z_SCORE, ScoringScheme.VoteNormalization.SHARE_OF_TOTAL,
                        List.of(), 3))
                .votePolicy("one-per-account-per-nominee-per-day")
                .noticeWorkingDays(7)
                .repeatsAllowed(true)
                .build();
    }

    @Test
    void zibo_roundTripsExactly() {
        ProgramDefinition zibo = ProgramDefinition.zibo();

        assertThat(ProgramCodec.decode(ProgramCodec.encode(zibo))).isEqualTo(zibo);
    }

    @Test
    void everyCriterionKind_roundTripsExactly_weightsKeepingTheirScale() {
        ProgramDefinition definition = everyKind();

        ProgramDefinition read = ProgramCodec.decode(ProgramCodec.encode(definition));

        assertThat(read).isEqualTo(definition);
        assertThat(read.criteria()).isEqualTo(definition.criteria());
        assertThat(read.organizers()).isEqualTo(definition.organizers());
        assertThat(read.scoring()).isEqualTo(definition.scoring());
        assertThat(read.scoring().expertWeight()).isEqualTo(new BigDecimal("0.700"));
        assertThat(read.programCap()).isEmpty();
        assertThat(read.votePolicy()).isEqualTo(definition.votePolicy());
        assertThat(read.noticeWorkingDays()).isEqualTo(7);
        assertThat(read.repeatsAllowed()).isTrue();
    }

    @Test
    void encode_isDeterministic_sortedAndWithoutTheDateComment() {
        String text = ProgramCodec.encode(everyKind());
        ProgramDefinition sameChannelsOtherOrder = everyKind().toBuilder().build();

        assertThat(ProgramCodec.encode(sameChannelsOtherOrder)).isEqualTo(text);
        assertThat(ProgramCodec.encode(ProgramCodec.decode(text))).isEqualTo(text);
        assertThat(text.lines()).noneMatch(line -> line.startsWith("#"));
        List<String> keys = text.lines().map(line -> line.substring(0, line.indexOf('='))).toList();
        assertThat(keys).isSorted();
        assertThat(text).contains("channels=SELF,EMPLOYER,UNION,ASSOCIATION\n", "criterion.5.tiers=craft,gold\n",
                "tier.0.quota=10\n", "齐鲁大工匠");
    }

    @Test
    void titleCriteria_areStoredByTitleCode_andLimit() {
        String text = ProgramCodec.encode(everyKind());

        assertThat(text).contains("criterion.7.kind=HOLDS_TITLE\n", "criterion.7.title=zibo-chief-technician\n",
                "criterion.8.kind=SELECTION_LIMIT\n", "criterion.8.title=qilu-chief-technician\n", "criterion.8.max=2\n");
        assertThat(ProgramCodec.decode(text).criteria().subList(7, 9)).containsExactly(
                new Criterion.HoldsTitle("municipal", Severity.HARD, "zibo-chief-technician"),
                new Criterion.SelectionLimit("twice", Severity.SOFT, "qilu-chief-technician", 2));
    }

    @Test
    void decode_ofAnUnknownCriterionKind_isRefused_namingIt() {
        String text = ProgramCodec.encode(everyKind()).replace("=HOLDS_TITLE", "=HOLDS_PATENT");

        assertThatThrownBy(() -> ProgramCodec.decode(text)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored program definition").hasMessageContaining("HOLDS_PATENT");
    }

    @Test
    void decode_ofAnUnknownFormat_isRefused() {
        String text = ProgramCodec.encode(ProgramDefinition.zibo()).replace("format=1", "format=99");

        assertThatThrownBy(() -> ProgramCodec.decode(text)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 99");
    }

    @Test
    void stagePlans_roundTripExactly_andADefinitionStoredWithoutOneFollowsTheStandardPlan() {
        for (StagePlan plan : List.of(StagePlan.standard(), StagePlan.standard().withVote(StagePlan.VoteTiming.WHILE_EXPERTS_SCORE),
                StagePlan.standard().withVote(StagePlan.VoteTiming.BEFORE_EXPERT_REVIEW).withSiteVisit(true),
                StagePlan.standard().withShortlist(30).withNoticeForPromoted(true))) {
            ProgramDefinition definition = ProgramDefinition.zibo().toBuilder().plan(plan).build();
            assertThat(ProgramCodec.decode(ProgramCodec.encode(definition)).plan()).isEqualTo(plan);
        }
        String older = ProgramCodec.encode(ProgramDefinition.zibo()).lines().filter(l -> !l.startsWith("plan."))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(ProgramCodec.decode(older).plan()).isEqualTo(StagePlan.standard());
    }
}
