package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRound;

/** Every change the registry makes leaves a truthful audit event, and a call that changes nothing leaves none. */
abstract class AuditTruthContractTest extends ScenarioContractTest {
    private List<AuditEvent> trail(String type, Object id) {
        return scenario.registry.audit().forEntity(type, id.toString());
    }

    private Honor namedGold() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 3)
                .toNotice(95, 90, 85);
        round.afterNotice();
        List<Honor> honors = scenario.rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"));
        return honors.stream().filter(h -> h.tierCode().equals("gold")).findFirst().orElseThrow();
    }

    /** Naming a gold honoree enters them into the talent pool: that membership's creation must be audited. */
    @Test
    void poolEntryByHonor_isAudited() {
        Honor gold = namedGold();
        PoolMembership m = scenario.registry.pool().ofArtisan(gold.artisanId()).get(0);
        assertThat(trail("poolMembership", m.id()))
                .as("audit events of pool membership %s entered through honor %s", m.id(), gold.id()).isNotEmpty();
    }

    /** Revoking the honor ends the membership it brought: that exit must be audited on the membership. */
    @Test
    void poolExitByRevocation_isAudited() {
        Honor gold = namedGold();
        LocalDate today = LocalDate.now(scenario.clock);
        scenario.registry.honors().revoke(CLERK, gold.id(),
                new RevocationRequest(RevocationReason.FRAUD, "材料造假", today, "市总工会党组"));
        PoolMembership m = scenario.registry.pool().ofArtisan(gold.artisanId()).get(0);
        assertThat(m.exit()).as("membership ended by the revocation").isPresent();
        assertThat(trail("poolMembership", m.id())).as("audit events of pool membership %s", m.id())
                .anySatisfy(e -> assertThat(e.after()).hasValueSatisfying(a -> assertThat(a).contains("HONOR_REVOKED")));
    }

    /**
     * A decision whose honors are all revoked already: a second revocation is refused, as one honor's is, and
     * records nothing (it had recorded a reason and a date that no honor holds).
     */
    @Test
    void revokingAnAlreadyRevokedDecision_isRefused_andWritesNoEvent() {
        namedGold();
        LocalDate today = LocalDate.now(scenario.clock);
        scenario.registry.honors().revokeDecision(CLERK, "淄工发〔2018〕12号",
                new RevocationRequest(RevocationReason.FRAUD, "集体造假", today, "市总工会党组"));
        int before = trail("decision", "淄工发〔2018〕12号").size();

        assertThatThrownBy(() -> scenario.registry.honors().revokeDecision(CLERK, "淄工发〔2018〕12号",
                new RevocationRequest(RevocationReason.MORAL_FAILING, "另一理由", today.plusDays(1), "别人")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.ALREADY_REVOKED);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("表彰决定淄工发〔2018〕12号命名的荣誉均已撤销");
                });
        assertThat(scenario.registry.honors().ofDecision("淄工发〔2018〕12号"))
                .allSatisfy(h -> assertThat(h.revocation().orElseThrow().reason()).isEqualTo(RevocationReason.FRAUD));
        assertThat(trail("decision", "淄工发〔2018〕12号")).as("decision events after a refused revocation").hasSize(before);
    }

    /** Redefining a title replaces its rules: the event must say what it replaced. */
    @Test
    void titleRedefined_eventKeepsTheRulesItReplaced() {
        TechnicianTitle first = TechnicianTitle.ziboChiefTechnician();
        scenario.registry.titles().define(CLERK, first);
        TechnicianTitle second = new TechnicianTitle(first.code(), first.name(), first.criteria(), 20,
                first.maxSelectionsPerPerson(), first.termYears(), first.cityQuotas());
        scenario.registry.titles().define(CLERK, second);
        assertThat(scenario.registry.titles().get(first.code()).roundCap()).isEqualTo(20);
        List<AuditEvent> events = trail("title", first.code());
        assertThat(events).hasSize(2);
        assertThat(events.get(1).action()).isEqualTo("title.redefined");
        assertThat(events.get(1).before()).as("before of the redefinition (roundCap was 30)")
                .hasValueSatisfying(b -> assertThat(b).contains("\"roundCap\":30"));
        assertThat(events.get(1).after()).hasValueSatisfying(a -> assertThat(a).contains("\"roundCap\":20"));
    }

    /** Selecting a title round closes it for good: the round's own trail must record that. */
    @Test
    void titleRoundSelection_isAuditedOnTheRound() {
        scenario.registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        scenario.registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief-p", 1, "zibo-chief-technician",
                LocalDate.of(2000, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of()));
        Artisan a = scenario.registry.artisans().register(CLERK, Fixtures.mechanic(7));
        TitleRound round = scenario.registry.titles().openRound(CLERK, "zibo-chief-technician",
                IssuingRegion.of("370300"), 2018, LocalDate.of(2018, 9, 1));
        scenario.registry.titles().apply(CLERK, round.id(), a.id(), new BigDecimal("88"),
                Declarations.inServiceWithCleanRecord());
        int before = trail("titleRound", round.id()).size();
        scenario.registry.titles().select(CLERK, round.id());
        assertThat(scenario.registry.titles().round(round.id()).selected()).isTrue();
        assertThat(trail("titleRound", round.id())).as("titleRound events after select").hasSize(before + 1)
                .last().satisfies(e -> assertThat(e.action()).isEqualTo("titleRound.selected"));
    }
}
