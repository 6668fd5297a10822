package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;

/**
 * A priority policy that cannot be applied as written is refused when defined: a condition naming a tier or a
 * program there is not (every holder would have been told "holds no such honor"), and a second policy of the title
 * taking effect on the same day as another (which one decided hung on the order of their ids).
 */
abstract class PriorityPolicyDefinitionContractTest extends ScenarioContractTest {
    private static final String CHIEF = "zibo-chief-technician";

    private TalentRegistry registry;
    private HonorProgram program;

    @BeforeEach
    void programAndTitle() {
        registry = scenario.registry;
        program = scenario.define(StagePlan.standard(), null);
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
    }

    private PriorityPolicy policy(String id, LocalDate from, PriorityCondition condition) {
        return new PriorityPolicy(id, 1, CHIEF, from, Optional.empty(), BigDecimal.ZERO, List.of(condition));
    }

    private static PriorityCondition.HoldsHonor holds(HonorProgramId program, String... tiers) {
        return new PriorityCondition.HoldsHonor("gold-medal", program, Set.of(tiers), "持有金牌工匠称号", "holds the gold medal");
    }

    @Test
    void aConditionNamingATierOrAProgramThereIsNot_isRefusedNamingTheField() {
        HonorProgram othersProgram = new SelectionScenario(store).define(StagePlan.standard(), null);
        LocalDate from = LocalDate.of(2018, 1, 1);

        assertThatThrownBy(() -> registry.titles().definePolicy(CLERK, policy("typo", from, holds(program.id(), "glod"))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("condition.tierCodes");
                    assertThat(e.problem().code()).isEqualTo(FieldProblem.NOT_A_TIER_OF_PROGRAM);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("没有等次", "glod", "craftsman/gold");
                });
        for (HonorProgramId none : List.of(HonorProgramId.of(987_654_321L), othersProgram.id())) {
            assertThatThrownBy(() -> registry.titles().definePolicy(CLERK, policy("nowhere", from, holds(none))))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.getField()).isEqualTo("condition.program");
                        assertThat(e.problem().code()).isEqualTo(FieldProblem.NO_SUCH_PROGRAM);
                    });
        }
        assertThat(registry.audit().latest(50)).noneMatch(e -> e.action().equals("policy.defined"));
        assertThat(registry.titles().definePolicy(CLERK, policy("gold", from, holds(program.id(), "gold"))).id()).isEqualTo("gold");
    }

    @Test
    void aSecondPolicyTakingEffectOnTheSameDay_isRefused_andTheSelectedRoundKeepsItsPolicy() {
        SelectionScenario.Round y2018 = scenario.new Round(program, 2018, 1).toNotice(90);
        y2018.afterNotice();
        Honor gold = rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕12号")).get(0);
        ArtisanId holder = gold.artisanId();
        registry.titles().definePolicy(CLERK, policy("zibo-chief", LocalDate.of(2018, 1, 1), holds(program.id(), "gold")));
        LocalDate roundDate = LocalDate.of(2020, 9, 1);
        TitleRound round = registry.titles().openRound(CLERK, CHIEF, IssuingRegion.of("370300"), 2020, roundDate);
        registry.titles().apply(CLERK, round.id(), holder, new BigDecimal("80"), Declarations.inServiceWithCleanRecord());
        registry.titles().select(CLERK, round.id());
        PriorityDecision kept = registry.titles().ranking(round.id()).applicants().get(0).priority();
        assertThat(kept.hasPriority()).isTrue();

        // "age-band" sorts before "zibo-chief": taken, it decided the selected round's date instead.
        assertThatThrownBy(() -> registry.titles().definePolicy(CLERK, policy("age-band", LocalDate.of(2018, 1, 1),
                new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.POLICY_SAME_DAY);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("age-band", "zibo-chief", "2018-01-01");
                });

        assertThat(registry.priority().check(holder, CHIEF, roundDate)).isEqualTo(kept);
    }

    /**
     * An age condition on a date before the artisan's birth (1969 typed for 2019) gives no priority, on every path,
     * and says why; it had given priority to someone "aged -8".
     */
    @Test
    void anAgeConditionOnADateBeforeTheBirth_givesNoPriority_onEveryPath() {
        registry.titles().definePolicy(CLERK, policy("young", LocalDate.of(1900, 1, 1),
                new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under")));
        ArtisanId born1978 = registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", "19780512", 1)).build()).id();
        LocalDate mistyped = LocalDate.of(1969, 9, 1);

        PriorityDecision one = registry.priority().check(born1978, CHIEF, mistyped);
        assertThat(one.hasPriority()).isFalse();
        assertThat(one.explain(Locale.ENGLISH)).contains("not yet born on 1969-09-01");
        assertThat(one.explain(Locale.CHINESE)).contains("1969-09-01时尚未出生");
        try (var all = registry.priority().checkAll(java.util.stream.Stream.of(born1978), CHIEF, mistyped)) {
            assertThat(all.toList()).containsExactly(one);
        }
        // A screen of a thousand ids reads the young among all the tenant's artisans where the database can.
        List<ArtisanId> ids = new java.util.ArrayList<>();
        ids.add(born1978);
        for (long id = 900_000; ids.size() < 1_000; id++) {
            ids.add(ArtisanId.of(id));
        }
        assertThat(registry.priority().screen(ids, CHIEF, mistyped).meets(0, 0)).isFalse();
        assertThat(registry.priority().screen(List.of(born1978), CHIEF, mistyped).meets(0, 0)).isFalse();
    }
}
