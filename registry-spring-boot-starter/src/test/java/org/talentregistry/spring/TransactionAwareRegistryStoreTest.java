package org.talentregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.DuplicateResidentIdException;
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
 * Registry calls inside and outside Spring-managed transactions, on H2 with a plain {@code
 * DataSourceTransactionManager}: the starter's behaviour without Boot's auto-configured beans, so the same
 * test runs on Boot 4 and Boot 3.5. The example application's tests repeat the main cases on PostgreSQL and
 * MariaDB through {@code @Transactional}.
 */
class TransactionAwareRegistryStoreTest {
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private TalentRegistry registry;

    @BeforeEach
    void setUp() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE host_rows (name VARCHAR(50) PRIMARY KEY)");
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        registry = TalentRegistry.builder(TransactionAwareRegistryStore.of(JdbcRegistryStore.create(dataSource), dataSource))
                .build();
    }

    @AfterEach
    void tearDown() {
        dataSource.close();
    }

    @Test
    void hostRollback_undoesTheRegistrysWrites() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('dossier-1')");
            registry.artisans().register(Artisans.HR, Artisans.mechanic(1));
            throw new IllegalStateException("the host fails after the registry call");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isZero();
    }

    @Test
    void hostCommit_keepsTheRegistrysWrites() {
        tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('dossier-1')");
            registry.artisans().register(Artisans.HR, Artisans.mechanic(1));
        });

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isOne();
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isOne();
    }

    @Test
    void setRollbackOnly_undoesTheRegistrysWrites() {
        tx.executeWithoutResult(status -> {
            registry.artisans().register(Artisans.HR, Artisans.mechanic(1));
            status.setRollbackOnly();
        });

        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isZero();
    }

    @Test
    void refusedCall_insideTheHostsTransaction_leavesItsWritesAndTheTransactionUsable() {
        registry.artisans().register(Artisans.HR, Artisans.mechanic(1));

        tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('before')");
            assertThatThrownBy(() -> registry.artisans().register(Artisans.HR, Artisans.mechanic(1)))
                    .isInstanceOf(DuplicateResidentIdException.class);
            jdbc.update("INSERT INTO host_rows VALUES ('after')");
            registry.artisans().register(Artisans.HR, Artisans.mechanic(2));
        });

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isEqualTo(2);
    }

    /**
     * A call that failed after the database rolled back the whole transaction (MariaDB and MySQL do on a
     * deadlock; simulated here by the call's work rolling the connection back): the host is told, and its commit
     * fails instead of keeping what it wrote after the call without what it wrote before.
     */
    @Test
    void aCallThatLostTheHostsTransaction_makesItsCommitFail_andKeepsNothing() {
        TransactionAwareRegistryStore store = TransactionAwareRegistryStore.of(JdbcRegistryStore.create(dataSource), dataSource);
        TalentRegistry.builder(store).build();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('before the call')");
            assertThatThrownBy(() -> store.inTransaction(TenantId.of("zibo"), s -> {
                try (Statement write = DataSourceUtils.getConnection(dataSource).createStatement()) {
                    write.executeUpdate("UPDATE tr_artisan SET version = version WHERE id < 0");
                    DataSourceUtils.getConnection(dataSource).rollback();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("the call fails");
            })).isInstanceOf(HostTransactionLostException.class);
            jdbc.update("INSERT INTO host_rows VALUES ('after the call')");
        })).isInstanceOf(UnexpectedRollbackException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM host_rows", Long.class)).isZero();
    }

    @Test
    void registryCall_readsTheHostsUncommittedWrites() {
        tx.executeWithoutResult(status -> {
            registry.artisans().register(Artisans.HR, Artisans.mechanic(1));
            assertThat(registry.artisans().findByResidentId(Artisans.residentId(1))).isPresent();
            assertThat(count("SELECT COUNT(*) FROM tr_artisan")).as("a second connection sees nothing yet").isZero();
            status.setRollbackOnly();
        });
    }

    @Test
    void outsideATransaction_eachCallCommitsOnItsOwn() {
        registry.artisans().register(Artisans.HR, Artisans.mechanic(1));

        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isOne();
    }

    @Test
    void notSupported_insideARolledBackTransaction_commitsOnItsOwn() {
        TransactionTemplate suspending = new TransactionTemplate(tx.getTransactionManager());
        suspending.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

        tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('rolled back')");
            suspending.executeWithoutResult(inner -> registry.artisans().register(Artisans.HR, Artisans.mechanic(1)));
            status.setRollbackOnly();
        });

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isOne();
    }

    @Test
    void readOnlyTransaction_readsButRefusesWrites() {
        registry.artisans().register(Artisans.HR, Artisans.mechanic(1));
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            assertThat(registry.artisans().findByResidentId(Artisans.residentId(1))).isPresent();
            // A list streamed for an export reads in one transaction: the host's read-only one does.
            java.util.List<String> names = new java.util.ArrayList<>();
            registry.artisans().forEach(org.talentregistry.artisan.ArtisanQuery.all(), a -> names.add(a.name()));
            assertThat(names).hasSize(1);
            registry.pool().forEachListed(org.talentregistry.artisan.ArtisanQuery.all(), java.time.LocalDate.of(2020, 1, 1),
                    org.talentregistry.pool.TalentPool.Listing.EVERY_ARTISAN, listed -> names.add(listed.artisan().name()));
            assertThat(names).hasSize(2);
            assertThatThrownBy(() -> registry.artisans().register(Artisans.HR, Artisans.mechanic(2)))
                    .isInstanceOf(ReadOnlyTransactionException.class).hasMessageContaining("nothing was written");
        });

        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isOne();
    }

    @Test
    void aTransactionAtRepeatableRead_refusesWrites_withoutUndoingTheHostsWork_andReadsJoinIt() {
        TransactionTemplate repeatable = new TransactionTemplate(tx.getTransactionManager());
        repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);

        repeatable.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('dossier-4')");
            assertThatThrownBy(() -> registry.artisans().register(Artisans.HR, Artisans.mechanic(4)))
                    .isInstanceOfSatisfying(org.talentregistry.jdbc.IsolationLevelException.class, e -> assertThat(e.getMessage())
                            .contains("REPEATABLE READ").contains("Isolation.READ_COMMITTED").contains("nothing was written"));
            assertThat(registry.artisans().count(org.talentregistry.artisan.ArtisanQuery.all())).isZero();
        });

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isOne();
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isZero();
        TransactionTemplate committed = new TransactionTemplate(tx.getTransactionManager());
        committed.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        committed.executeWithoutResult(status -> registry.artisans().register(Artisans.HR, Artisans.mechanic(4)));
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isOne();
    }

    @Test
    void aTransactionPastItsTimeout_refusesTheCall_andRollsBack() {
        TransactionTemplate timed = new TransactionTemplate(tx.getTransactionManager());
        timed.setTimeout(1);

        assertThatThrownBy(() -> timed.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO host_rows VALUES ('dossier-3')");
            try {
                Thread.sleep(1_100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThatThrownBy(() -> registry.artisans().register(Artisans.HR, Artisans.mechanic(3)))
                    .isInstanceOf(org.talentregistry.jdbc.DatabaseTimeoutException.class)
                    .hasMessageContaining("the transaction timed out");
        })).isInstanceOf(org.springframework.transaction.UnexpectedRollbackException.class);

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).isZero();
    }

    @Test
    void transactionAwareDataSourceProxy_asTheDataSource_joinsAndRollsBack() {
        TransactionAwareDataSourceProxy proxy = new TransactionAwareDataSourceProxy(dataSource);
        TalentRegistry onProxy = TalentRegistry.builder(
                TransactionAwareRegistryStore.of(JdbcRegistryStore.create(proxy), proxy)).build();
        JdbcTemplate hostOnProxy = new JdbcTemplate(proxy);

        tx.executeWithoutResult(status -> {
            hostOnProxy.update("INSERT INTO host_rows VALUES ('dossier-1')");
            onProxy.artisans().register(Artisans.HR, Artisans.mechanic(1));
            status.setRollbackOnly();
        });
        onProxy.artisans().register(Artisans.HR, Artisans.mechanic(2));

        assertThat(count("SELECT COUNT(*) FROM host_rows")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tr_artisan")).as("only the call outside the transaction").isOne();
    }

    @Test
    void databaseErrors_areRegistryExceptions() {
        dataSource.close();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> registry.artisans().register(Artisans.HR,
                Artisans.mechanic(1)))).isInstanceOf(org.springframework.transaction.CannotCreateTransactionException.class);
        assertThatThrownBy(() -> registry.artisans().register(Artisans.HR, Artisans.mechanic(1)))
                .isInstanceOf(org.talentregistry.RegistryException.class);
    }

    /** Counts on a connection of its own, outside any Spring transaction. */
    private int count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aVoteForANomineeWithdrawnAfterARolledBackOpeningOfTheVote_isRefused() {
        // What a host's transaction read is not kept by the vote path: this one rolls back.
        TalentRegistry registry = TalentRegistry.builder(TransactionAwareRegistryStore.of(JdbcRegistryStore.create(dataSource),
                dataSource)).voteSecret("0123456789abcdef-host-transactions".getBytes(StandardCharsets.UTF_8)).build();
        RoundId round = roundWithTwoNominees(registry);
        List<Nomination> both = registry.rounds().nominations(round);

        tx.executeWithoutResult(status -> {
            toPublicVoting(registry, round, both);
            assertThat(registry.rounds().castVote(round, new Ballot(both.get(0).id(), "64.0.0.1", Instant.now())))
                    .isEqualTo(VoteOutcome.ACCEPTED);
            registry.rounds().ingestVotes(round, List.of(new Ballot(both.get(1).id(), "64.0.0.9", Instant.now())));
            status.setRollbackOnly();
        });
        assertThat(registry.rounds().get(round).stage()).isEqualTo(RoundStage.ELIGIBILITY_REVIEW);

        registry.rounds().withdraw(Artisans.HR, both.get(0).id(), "本人申请撤回");
        toPublicVoting(registry, round, List.of(both.get(1)));

        assertThat(registry.rounds().castVote(round, new Ballot(both.get(0).id(), "64.0.0.2", Instant.now())))
                .isEqualTo(VoteOutcome.UNKNOWN_NOMINEE);
        assertThat(registry.rounds().castVote(round, new Ballot(both.get(1).id(), "64.0.0.3", Instant.now())))
                .isEqualTo(VoteOutcome.ACCEPTED);
    }

    private static RoundId roundWithTwoNominees(TalentRegistry registry) {
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

    private static void toPublicVoting(TalentRegistry registry, RoundId round, List<Nomination> nominations) {
        registry.rounds().closeEligibilityReview(Artisans.HR, round);
        Reviewer expert = registry.rounds().addReviewer(Artisans.HR, round, "周教授", null);
        for (Nomination n : nominations) {
            registry.rounds().score(Artisans.HR, expert.id(), n.id(), Map.of("skill", new BigDecimal("36"),
                    "innovation", new BigDecimal("25"), "contribution", new BigDecimal("24")));
        }
        registry.rounds().closeExpertReview(Artisans.HR, round);
    }
}
