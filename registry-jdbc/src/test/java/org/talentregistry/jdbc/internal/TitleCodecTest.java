package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;

class TitleCodecTest {

    /** A provincial title with every optional part: city quotas, a term, no selection limit, title criteria. */
    private static TechnicianTitle provincial() {
        return new TechnicianTitle("qilu-chief-technician", "齐鲁首席技师 = #1: \"省级\"!",
                List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_TECHNICIAN),
                        new Criterion.HoldsTitle("municipal", Severity.HARD, "zibo-chief-technician"),
                        new Criterion.SelectionLimit("once", Severity.HARD, "qilu-chief-technician", 1),
                        new Criterion.HoldsHonor("craftsman", Severity.SOFT, HonorProgramId.of(3), Set.of("gold"))),
                100, Optional.empty(), Optional.of(4), Map.of("3703", 5, "3701", 12, "3702", 9));
    }

    private static PriorityPolicy policy() {
        return new PriorityPolicy("zibo-chief-2023", 3, "zibo-chief-technician", LocalDate.of(2023, 1, 1),
                Optional.of(LocalDate.of(2025, 1, 1)), new BigDecimal("0.50"), List.of(
                        new PriorityCondition.HoldsHonor("gold-craftsman", HonorProgramId.of(7), Set.of("gold", "craft"),
                                "持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor = \\ #"),
                        new PriorityCondition.HoldsHonor("any-honor", HonorProgramId.of(8), Set.of(), "持有任一荣誉",
                                "holds any honor"),
                        new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下优先", "aged 45 or under")));
    }

    @Test
    void shippedTitles_roundTripExactly() {
        for (TechnicianTitle title : List.of(TechnicianTitle.ziboChiefTechnician(),
                TechnicianTitle.ziboOutstandingContribution())) {
            assertThat(TitleCodec.decodeTitle(TitleCodec.encode(title))).isEqualTo(title);
        }
    }

    @Test
    void titleWithEveryOptionalPart_roundTripsExactly_deterministically() {
        TechnicianTitle title = provincial();

        String text = TitleCodec.encode(title);

        assertThat(TitleCodec.decodeTitle(text)).isEqualTo(title);
        assertThat(TitleCodec.encode(TitleCodec.decodeTitle(text))).isEqualTo(text);
        assertThat(text.lines().map(line -> line.substring(0, line.indexOf('='))).toList()).isSorted();
        assertThat(text).contains("cityQuota.3703=5\n", "termYears=4\n", "criterion.1.kind=HOLDS_TITLE\n")
                .doesNotContain("maxSelectionsPerPerson");
    }

    @Test
    void policy_roundTripsExactly_toleranceKeepingItsScale() {
        PriorityPolicy policy = policy();

        PriorityPolicy read = TitleCodec.decodePolicy(TitleCodec.encode(policy));

        assertThat(read).isEqualTo(policy);
        assertThat(read.scoreTolerance()).isEqualTo(new BigDecimal("0.50"));
        assertThat(read.conditions()).isEqualTo(policy.conditions());
    }

    @Test
    void policyWithoutEndOrConditions_roundTripsExactly() {
        PriorityPolicy policy = new PriorityPolicy("plain", 1, "zibo-chief-technician", LocalDate.of(2020, 2, 29),
                Optional.empty(), BigDecimal.ZERO, List.of());

        assertThat(TitleCodec.decodePolicy(TitleCodec.encode(policy))).isEqualTo(policy);
    }

    @Test
    void decode_ofAnUnknownFormatOrConditionKind_isRefused_namingIt() {
        String otherFormat = TitleCodec.encode(policy()).replace("format=1", "format=7");
        String otherKind = TitleCodec.encode(policy()).replace("=AGED_AT_MOST", "=SENIORITY");

        assertThatThrownBy(() -> TitleCodec.decodePolicy(otherFormat)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("priority policy").hasMessageContaining("format 7");
        assertThatThrownBy(() -> TitleCodec.decodePolicy(otherKind)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SENIORITY");
        assertThatThrownBy(() -> TitleCodec.decodeTitle(TitleCodec.encode(provincial()).replace("roundCap=100\n", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("technician title lacks roundCap");
    }
}
