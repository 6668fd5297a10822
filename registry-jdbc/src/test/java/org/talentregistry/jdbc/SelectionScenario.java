package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.spi.RegistryStore;

/**
 * A tenant with a registry on a store, a clock moved by hand, and the steps of a selection round under any
 * stage plan: the shared set-up of the stage-plan and naming contract tests.
 */
final class SelectionScenario {
    static final Actor CLERK = Actor.of("union-li", "李干事");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Thursday 2018-03-01, 10:00 in Zibo. */
    static final Instant START = Instant.parse("2018-03-01T02:00:00Z");
    private static final byte[] SECRET = "zibo-union-vote-secret-2018".getBytes(StandardCharsets.UTF_8);

    final MutableClock clock = new MutableClock(START, SHANGHAI);
    final TalentRegistry registry;
    final SelectionRounds rounds;
    private int nextSequence = 1;

    SelectionScenario(RegistryStore store) {
        registry = TalentRegistry.builder(store).tenant(DatabaseContractTest.newTenantId()).clock(clock).voteSecret(SECRET)
                .build();
        rounds = registry.rounds();
    }

    /** Two tiers, gold (2 a round) and craftsman (1), one review item pair, one review required. */
    static ProgramDefinition program(StagePlan plan, Integer cap) {
        return ProgramDefinition.builder()
                .name("测试金牌工匠").organizer("淄博市总工会").years(2016, 8)
                .tier(new HonorTier("gold", "金牌工匠", 2, true))
                .tier(new HonorTier("craftsman", "工匠", 1, false))
                .programCap(cap)
                .channel(NominationChannel.SELF)
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 50), new ReviewItem("contribution", "贡献", 50)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION), 1))
                .plan(plan)
                .build();
    }

    HonorProgram define(StagePlan plan, Integer cap) {
        return registry.programs().define(CLERK, program(plan, cap));
    }

    static Map<String, BigDecimal> points(int total) {
        return Map.of("skill", BigDecimal.valueOf(total / 2), "contribution", BigDecimal.valueOf(total - total / 2));
    }

    static NominationId[] ids(List<Nomination> nominations) {
        return nominations.stream().map(Nomination::id).toArray(NominationId[]::new);
    }

    /** A round of a program, opened for a year and taken through nominations and eligibility review. */
    final class Round {
        final HonorProgram program;
        final SelectionRound round;
        final List<Nomination> nominees = new ArrayList<>();
        Reviewer reviewer;

        Round(HonorProgram program, int year, int nominees) {
            this.program = program;
            this.round = rounds.open(CLERK, program.id(), year);
            for (int i = 0; i < nominees; i++) {
                Artisan artisan = registry.artisans().register(CLERK, Fixtures.mechanic(nextSequence++));
                clock.advance(Duration.ofMinutes(1));
                this.nominees.add(rounds.nominate(CLERK, round.id(), new NominationRequest(artisan.id(),
                        NominationChannel.SELF, artisan.name(), Declarations.inServiceWithCleanRecord())));
            }
            rounds.closeNominations(CLERK, round.id());
            rounds.closeEligibilityReview(CLERK, round.id());
        }

        NominationId id(int index) {
            return nominees.get(index).id();
        }

        SelectionRound stage() {
            return rounds.get(round.id());
        }

        /** Registers a reviewer (once) and scores nominee i with totals[i]. */
        Round score(int... totals) {
            if (reviewer == null) {
                reviewer = rounds.addReviewer(CLERK, round.id(), "周教授", null);
            }
            for (int i = 0; i < totals.length; i++) {
                rounds.score(CLERK, reviewer.id(), id(i), points(totals[i]));
            }
            return this;
        }

        Round vote(int index, int count) {
            List<Ballot> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(new Ballot(id(index), "10." + index + "." + (i / 250) + "." + (i % 250), clock.instant()));
            }
            assertThat(rounds.ingestVotes(round.id(), batch).accepted()).isEqualTo(count);
            return this;
        }

        /** Under the standard plan: scores, closes expert review and voting, starts the notice today. */
        Round toNotice(int... totals) {
            score(totals);
            rounds.closeExpertReview(CLERK, round.id());
            rounds.closeVoting(CLERK, round.id());
            rounds.startNotice(CLERK, round.id(), LocalDate.now(clock));
            return this;
        }

        /** Moves the clock to the day after the round's notice. */
        Round afterNotice() {
            afterDay(stage().noticeEnd().orElseThrow());
            return this;
        }

        NamingDecision decision(String number) {
            return new NamingDecision(number, LocalDate.now(clock), "淄博市总工会");
        }
    }

    void afterDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        if (LocalDate.now(clock).isBefore(next)) {
            clock.set(next.atTime(10, 0).atZone(SHANGHAI).toInstant());
        }
    }
}
