package org.talentregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.VoteOutcome;

/**
 * Votes after a host's transaction that opened the vote rolled back: the registry must not go on deciding on
 * what that transaction read (the round in public voting, its nominees in the running).
 */
class VotingInHostTransactionsTest {
    private HikariDataSource dataSource;
    private TransactionTemplate tx;
    private TalentRegistry registry;

    @BeforeEach
    void setUp() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        registry = TalentRegistry.builder(TransactionAwareRegistryStore.of(JdbcRegistryStore.create(dataSource), dataSource))
                .voteSecret("0123456789abcdef-host-transactions".getBytes(StandardCharsets.UTF_8)).build();
    }

    @AfterEach
    void tearDown() {
        dataSource.close();
    }

    @Test
    void aVoteForANomineeWithdrawnAfterARolledBackOpeningOfTheVote_isRefused() {
        RoundId round = roundWithTwoNominees();
        List<Nomination> both = registry.rounds().nominations(round);

        tx.executeWithoutResult(status -> {
            toPublicVoting(round, both);
            assertThat(registry.rounds().castVote(round, new Ballot(both.get(0).id(), "64.0.0.1", Instant.now())))
                    .isEqualTo(VoteOutcome.ACCEPTED);
            registry.rounds().ingestVotes(round, List.of(new Ballot(both.get(1).id(), "64.0.0.9", Instant.now())));
            status.setRollbackOnly();
        });
        assertThat(registry.rounds().get(round).stage()).isEqualTo(RoundStage.ELIGIBILITY_REVIEW);

        registry.rounds().withdraw(Artisans.HR, both.get(0).id(), "本人申请撤回");
        toPublicVoting(round, List.of(both.get(1)));

        assertThat(registry.rounds().castVote(round, new Ballot(both.get(0).id(), "64.0.0.2", Instant.now())))
                .isEqualTo(VoteOutcome.UNKNOWN_NOMINEE);
        assertThat(registry.rounds().castVote(round, new Ballot(both.get(1).id(), "64.0.0.3", Instant.now())))
                .isEqualTo(VoteOutcome.ACCEPTED);
    }

    private RoundId roundWithTwoNominees() {
        HonorProgram program = registry.programs().define(Artisans.HR, ProgramDefinition.zibo());
        RoundId round = registry.rounds().open(Artisans.HR, program.id(), 2016).id();
        for (int i = 1; i <= 2; i++) {
            Artisan artisan = registry.artisans().register(Artisans.HR, Artisans.mechanic(i));
            registry.rounds().nominate(Artisans.HR, round, new NominationRequest(artisan.id(), NominationChannel.SELF,
                    artisan.name(), Declarations.inServiceWithCleanRecord()));
        }
        registry.rounds().closeNominations(Artisans.HR, round);
        return round;
    }

    private void toPublicVoting(RoundId round, List<Nomination> nominations) {
        registry.rounds().closeEligibilityReview(Artisans.HR, round);
        Reviewer expert = registry.rounds().addReviewer(Artisans.HR, round, "周教授", null);
        for (Nomination n : nominations) {
            registry.rounds().score(Artisans.HR, expert.id(), n.id(), Map.of("skill", new BigDecimal("36"),
                    "innovation", new BigDecimal("25"), "contribution", new BigDecimal("24")));
        }
        registry.rounds().closeExpertReview(Artisans.HR, round);
    }
}
