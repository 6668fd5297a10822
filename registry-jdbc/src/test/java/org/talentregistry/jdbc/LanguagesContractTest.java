package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.CriterionText;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.SelectionRound;

/**
 * What the registry says to people, on every database: a verdict read back from the store explains itself in
 * Chinese (the default) and in English, a line kept before verdicts were coded still reads, and refusals come
 * in the registry's language.
 */
abstract class LanguagesContractTest extends DatabaseContractTest {
    private static final Actor CLERK = Actor.of("union-li", "李干事");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2018-03-01T02:00:00Z");
    private static final byte[] SECRET = "zibo-union-vote-secret-2018".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private MutableClock clock;
    private TenantId tenant;
    private TalentRegistry registry;

    @BeforeEach
    void newTenant() {
        clock = new MutableClock(START, SHANGHAI);
        tenant = newTenantId();
        registry = TalentRegistry.builder(store).tenant(tenant).clock(clock).voteSecret(SECRET).build();
    }

    private static ProgramDefinition program() {
        return ProgramDefinition.builder()
                .name("测试金牌工匠").organizer("淄博市总工会").years(2016, 5)
                .tier(new HonorTier("gold", "金牌工匠", 2, true))
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER))
                .criterion(new Criterion.InService("in-service", Severity.HARD))
                .criterion(new Criterion.MaximumAge("age", Severity.SOFT, 55))
                .channel(NominationChannel.SELF)
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 100)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION), 1))
                .build();
    }

    /** Nominates an artisan born in 1958 (59 on the application date), then closes nominations. */
    private Nomination flaggedNominee() {
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        Artisan older = registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", "19580512", 901)).build());
        Nomination n = registry.rounds().nominate(CLERK, round.id(), new NominationRequest(older.id(),
                NominationChannel.SELF, older.name(), Declarations.inServiceWithCleanRecord()));
        registry.rounds().closeNominations(CLERK, round.id());
        return registry.rounds().nomination(n.id());
    }

    @Test
    void aVerdictReadBackFromTheStore_explainsItselfInChinese_andInEnglishAsBefore() {
        Verdict verdict = flaggedNominee().verdict().orElseThrow();

        List<String> zh = verdict.explain(registry.locale()).lines().toList();
        assertThat(zh.get(0)).isEqualTo(verdict.asOf() + "资格审查结论：待人工核定");
        assertThat(zh.get(1)).startsWith("  【符合】职业技能等级高级工及以上（硬性条件）：证书").contains("载明等级技师");
        assertThat(zh.get(2)).isEqualTo("  【符合】在职（硬性条件）：申报在职");
        assertThat(zh.get(3)).isEqualTo("  【待核定】年龄不超过55周岁（软性条件：不符合只提示，不否决）：" + verdict.asOf() + "时年满59周岁");
        assertThat(verdict.explain().lines().toList().get(3))
                .isEqualTo("  FLAGGED aged 55 or under (soft: flagged, not refused): aged 59 on " + verdict.asOf());
        assertThat(verdict.results().get(2).facts().code()).isEqualTo(CriterionText.FACT_AGED);
    }

    @Test
    void aVerdictLineKeptAsPlainText_readsAsItWasWritten() throws SQLException {
        Nomination n = flaggedNominee();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE tr_verdict_line SET facts = ?, rule_text = ?"
                        + " WHERE tenant_id = ? AND nomination_id = ? AND position = 2")) {
            update.setString(1, "aged 59 on 2018-03-01");
            update.setString(2, "aged 55 or under (soft: flagged, not refused)");
            update.setString(3, tenant.value());
            update.setLong(4, n.id().value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        CriterionResult line = registry.rounds().nomination(n.id()).verdict().orElseThrow().results().get(2);

        assertThat(line.facts().code()).isEqualTo(CriterionText.RECORDED);
        assertThat(line.explain()).isEqualTo("FLAGGED aged 55 or under (soft: flagged, not refused): aged 59 on 2018-03-01");
        assertThat(line.explain(Locale.CHINESE)).isEqualTo("【待核定】aged 55 or under (soft: flagged, not refused)：aged 59 on 2018-03-01");
    }

    @Test
    void refusals_speakTheRegistrysLanguage_chineseByDefault() {
        TalentRegistry english = TalentRegistry.builder(store).tenant(tenant).clock(clock).locale(Locale.ENGLISH).build();

        assertThatThrownBy(() -> registry.artisans().get(ArtisanId.of(999_999)))
                .isInstanceOfSatisfying(ArtisanNotFoundException.class, e -> {
                    assertThat(registry.text(e)).isEqualTo("人员999999未登记");
                    assertThat(english.text(e)).isEqualTo("artisan 999999 is not registered");
                    assertThat(e.getMessage()).isEqualTo("artisan 999999 is not registered");
                });
        assertThat(registry.locale().getLanguage()).isEqualTo("zh");
        assertThat(english.forTenant(tenant).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aFieldRefusedByTheFacade_isExplainedInChinese_andNothingIsWritten() {
        LocalDate tomorrow = LocalDate.of(2018, 3, 2);

        assertThatThrownBy(() -> registry.artisans().register(CLERK, Fixtures.mechanic(2).toBuilder()
                .startedInTradeOn(tomorrow).build()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(FieldProblem.AFTER_TODAY);
                    assertThat(e.getMessage()).isEqualTo("startedInTradeOn: must not be after today (2018-03-01)");
                    assertThat(registry.text(e)).isEqualTo("字段「startedInTradeOn」晚于今天（2018-03-01）");
                });
        assertThat(registry.artisans().findByResidentId(Fixtures.mechanic(2).residentId().orElseThrow())).isEmpty();
    }
}
