package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.StagePlan;

/** A selection round's naming guards and its audit trail: what a round's later steps check and record. */
abstract class RoundNamingAndAuditContractTest extends ScenarioContractTest {
    /**
     * A program that does not allow repeats (ProgramDefinition default): a nominee deferred in 2018 and nominated
     * again in 2019 while under investigation, then named by 2018's supplementary decision, is not named again by
     * 2019: the naming is refused, saying why and what to do.
     */
    @Test
    void noRepeatProgram_deferredNomineeNamedLater_isNotNamedASecondTimeByTheNextRound() {
        HonorProgram program = scenario.define(StagePlan.standard(), null);
        assertThat(program.definition().repeatsAllowed()).isFalse();
        SelectionScenario.Round y2018 = scenario.new Round(program, 2018, 4).toNotice(95, 90, 85, 80);
        y2018.afterNotice();
        ArtisanId deferred = y2018.nominees.get(0).artisanId();
        rounds.defer(CLERK, y2018.id(0), "涉嫌违纪，正在调查");
        rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕12号"));

        // The next year's round opens while the investigation runs; the deferred nominee applies again.
        SelectionRound y2019 = rounds.open(CLERK, program.id(), 2019);
        Nomination again = rounds.nominate(CLERK, y2019.id(), new NominationRequest(deferred, NominationChannel.SELF,
                "self", Declarations.inServiceWithCleanRecord()));
        // The investigation ends: named by the 2018 supplementary decision.
        rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕20号"), List.of(y2018.id(0)));

        rounds.closeNominations(CLERK, y2019.id());
        rounds.closeEligibilityReview(CLERK, y2019.id());
        Reviewer r = rounds.addReviewer(CLERK, y2019.id(), "周教授", null);
        rounds.score(CLERK, r.id(), again.id(), SelectionScenario.points(90));
        rounds.closeExpertReview(CLERK, y2019.id());
        rounds.closeVoting(CLERK, y2019.id());
        rounds.startNotice(CLERK, y2019.id(), LocalDate.now(scenario.clock));
        scenario.afterDay(rounds.get(y2019.id()).noticeEnd().orElseThrow());
        assertThatThrownBy(() -> rounds.name(CLERK, y2019.id(), y2018.decision("淄工发〔2019〕8号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.ALREADY_HONORED);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("淄工发〔2018〕20号", "不允许重复获评", "递补");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("naming decision 淄工发〔2018〕20号", "allows no repeats");
                });
        List<Honor> held = scenario.registry.honors().ofProgram(program.id()).stream()
                .filter(h -> h.artisanId().equals(deferred)).toList();
        assertThat(held).as("honors of one artisan in a program without repeats").hasSize(1);
    }

    /**
     * noticePromoted's contract: "they can be named from the day after it ends", also under a plan that does not
     * require such a notice: a nominee is not named on the first day of its own notice.
     */
    @Test
    void promotedNomineeWithANoticeOfItsOwn_isNotNamedWhileThatNoticeRuns() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 4)
                .toNotice(95, 90, 85, 80);
        round.afterNotice();
        rounds.defer(CLERK, round.id(0), "涉嫌违纪，正在调查");
        rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"));
        rounds.drop(CLERK, round.id(0), "调查属实，不予命名");
        assertThatThrownBy(() -> {
            List<NomineeNotice> own = rounds.noticePromoted(CLERK, round.round.id(), LocalDate.now(scenario.clock));
            assertThat(own).extracting(NomineeNotice::nominationId).containsExactly(round.id(3));
            // The promoted nominee's notice runs today: objections may still be filed against it.
            rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号"));
        }).as("naming a nominee on the first day of its own public notice")
                .isInstanceOfSatisfying(SelectionRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.PROMOTED_NOTICE));
    }

    /** A score replaced by the same reviewer: the audit event must show what it replaced. */
    @Test
    void replacedScore_auditEventShowsTheScoreItReplaced() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 1);
        round.score(90);
        round.score(60);
        List<AuditEvent> scored = scenario.registry.audit().forEntity("nomination", round.id(0).toString()).stream()
                .filter(e -> e.action().equals("score.recorded")).toList();
        assertThat(scored).hasSize(2);
        assertThat(scored.get(1).after()).hasValueSatisfying(a -> assertThat(a).contains("60"));
        assertThat(scored.get(1).before()).as("before of the replacing score event")
                .hasValueSatisfying(b -> assertThat(b).contains("90"));
    }

    /** Starting the notice sets its period: the audit event must record it. */
    @Test
    void noticeStarted_auditEventRecordsTheNoticePeriod() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 3)
                .toNotice(95, 90, 85);
        SelectionRound r = round.stage();
        AuditEvent started = scenario.registry.audit().forEntity("round", r.id().toString()).stream()
                .filter(e -> e.action().equals("round.noticeStarted")).findFirst().orElseThrow();
        assertThat(started.after()).hasValueSatisfying(a -> assertThat(a)
                .contains(r.noticeStart().orElseThrow().toString()).contains(r.noticeEnd().orElseThrow().toString()));
    }

    /** A deferred nominee named by a supplementary decision changes status DEFERRED -> ACTIVE, and the audit says so. */
    @Test
    void deferredNomineeNamedLater_statusChangeIsAudited() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 4)
                .toNotice(95, 90, 85, 80);
        round.afterNotice();
        rounds.defer(CLERK, round.id(0), "涉嫌违纪，正在调查");
        rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"));
        rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕20号"), List.of(round.id(0)));
        assertThat(rounds.nomination(round.id(0)).status().name()).isEqualTo("ACTIVE");
        List<AuditEvent> events = scenario.registry.audit().forEntity("nomination", round.id(0).toString());
        assertThat(events).as("nomination events " + events.stream().map(AuditEvent::action).toList())
                .anySatisfy(e -> {
                    assertThat(e.before()).hasValueSatisfying(b -> assertThat(b).contains("DEFERRED"));
                    assertThat(e.after()).hasValueSatisfying(a -> assertThat(a).contains("ACTIVE"));
                });
    }
}
