package org.talentregistry.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentregistry.TalentRegistry;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.RegistryMigrations;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.spring.ReadOnlyTransactionException;
import org.talentregistry.spring.RegistryFlyway;
import org.talentregistry.spring.SchemaNotCurrentException;

/**
 * The example host on one database: its {@code @Transactional} service writes its own table with MyBatis and
 * the registry in one transaction. Every check reads from a connection of its own, as a user would look.
 * One subclass per database names it in a {@code @BeforeAll}; adding a database is one small subclass.
 */
@SpringBootTest(classes = CraftsmanApplicationsApp.class, properties = HostApplicationContractTest.VOTE_SECRET)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class HostApplicationContractTest {
    /** The vote secret an operator sets in the environment (TALENT_REGISTRY_VOTING_SECRET). */
    static final String VOTE_SECRET = "talent-registry.voting.secret=host-test-secret-0123456789";

    private static TestDatabase db;

    @Autowired
    private TalentRegistry zibo;
    @Autowired
    private SelfNominationService desk;
    @Autowired
    private ApplicantListService lists;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationMapper applications;

    private SelectionRound open;
    private SelectionRound closed;

    /** Called by each subclass's {@code @BeforeAll}: opens its database, or skips the class. */
    static void use(Database database) {
        db = TestDatabase.open(database);
    }

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        db.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @BeforeEach
    void rounds() {
        HonorProgram program = zibo.programs().list().stream().findFirst()
                .orElseGet(() -> zibo.programs().define(CraftsmanApplicationsApp.UNION, ProgramDefinition.zibo()));
        var rounds = zibo.rounds().list(program.id());
        open = rounds.stream().filter(r -> r.year() == 2016).findFirst()
                .orElseGet(() -> zibo.rounds().open(CraftsmanApplicationsApp.UNION, program.id(), 2016));
        closed = rounds.stream().filter(r -> r.year() == 2017).findFirst().orElseGet(() -> {
            SelectionRound round = zibo.rounds().open(CraftsmanApplicationsApp.UNION, program.id(), 2017);
            var artisan = zibo.artisans().register(CraftsmanApplicationsApp.UNION, CraftsmanApplicationsApp.mechanic(900));
            zibo.rounds().nominate(CraftsmanApplicationsApp.UNION, round.id(), new NominationRequest(artisan.id(),
                    NominationChannel.SELF, "王建国", Declarations.inServiceWithCleanRecord()));
            return zibo.rounds().closeNominations(CraftsmanApplicationsApp.UNION, round.id());
        });
    }

    @Test
    void apply_commits_hostRowArtisanAndNominationTogether() {
        SelfNominationService.Receipt receipt = desk.apply(new SelfNomination(open.id(), CraftsmanApplicationsApp.mechanic(1)));

        assertThat(db.count("SELECT COUNT(*) FROM craftsman_application WHERE id = ? AND status = 'NOMINATED'",
                receipt.applicationId())).isOne();
        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan WHERE id = ?", receipt.artisanId().value())).isOne();
        assertThat(db.count("SELECT COUNT(*) FROM tr_nomination WHERE id = ?", receipt.nominationId().value())).isOne();
    }

    @Test
    void importList_registersTheNew_matchesTheRegistered_andRecordsTheUpload_inOneTransaction() {
        zibo.artisans().register(CraftsmanApplicationsApp.UNION, CraftsmanApplicationsApp.mechanic(601));
        zibo.artisans().register(CraftsmanApplicationsApp.UNION, CraftsmanApplicationsApp.mechanic(603));

        // The batch's registration is refused inside the host's transaction (two numbers are registered), in a
        // savepoint of its own, and the batch is matched instead: on PostgreSQL a failed statement that is not
        // undone to a savepoint would abort the whole transaction, and the host's insert after it.
        var report = lists.importList(CraftsmanApplicationsApp.applicantList(600, 601, 602, 603, 604),
                "张店区 2016-05-10 申报名单");

        assertThat(report.created()).as(report.problems().toString()).isEqualTo(3);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM craftsman_application WHERE applicant_name = ? AND status = 'LIST_IMPORTED'",
                "张店区 2016-05-10 申报名单")).isOne();
        assertThat(zibo.artisans().findByResidentId(CraftsmanApplicationsApp.residentId(604))).isPresent();
    }

    @Test
    void importList_whenTheHostsInsertFails_keepsNoneOfTheList() {
        long artisans = db.count("SELECT COUNT(*) FROM tr_artisan");

        // The host's column holds 100 characters: its insert fails after the import has written every batch.
        assertThatThrownBy(() -> lists.importList(CraftsmanApplicationsApp.applicantList(610, 611), "名".repeat(101)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);

        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan")).isEqualTo(artisans);
        assertThat(zibo.artisans().findByResidentId(CraftsmanApplicationsApp.residentId(610))).isEmpty();
    }

    @Test
    void apply_refusedNomination_rollsBackTheHostRowAndTheArtisan() {
        long hostRows = db.count("SELECT COUNT(*) FROM craftsman_application");
        long artisans = db.count("SELECT COUNT(*) FROM tr_artisan");

        assertThatThrownBy(() -> desk.apply(new SelfNomination(closed.id(), CraftsmanApplicationsApp.mechanic(2))))
                .isInstanceOf(RoundStageException.class);

        assertThat(db.count("SELECT COUNT(*) FROM craftsman_application")).isEqualTo(hostRows);
        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan")).as("the artisan registered before the refusal")
                .isEqualTo(artisans);
        assertThat(zibo.artisans().findByResidentId(CraftsmanApplicationsApp.residentId(2))).isEmpty();
    }

    @Test
    void hostFailure_afterTheService_rollsBackEverythingItWrote() {
        long hostRows = db.count("SELECT COUNT(*) FROM craftsman_application");
        long nominations = db.count("SELECT COUNT(*) FROM tr_nomination");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            desk.apply(new SelfNomination(open.id(), CraftsmanApplicationsApp.mechanic(3)));
            throw new IllegalStateException("the host's next step fails");
        })).hasMessage("the host's next step fails");

        assertThat(db.count("SELECT COUNT(*) FROM craftsman_application")).isEqualTo(hostRows);
        assertThat(db.count("SELECT COUNT(*) FROM tr_nomination")).isEqualTo(nominations);
        assertThat(zibo.artisans().findByResidentId(CraftsmanApplicationsApp.residentId(3))).isEmpty();
    }

    @Test
    void refusedRegistryCall_insideTheTransaction_leavesTheHostsWritesAndCommits() {
        ApplicationRow row = desk.applyKeepingRefusals(new SelfNomination(closed.id(), CraftsmanApplicationsApp.mechanic(4)));

        assertThat(row.status()).isEqualTo("REFUSED");
        assertThat(row.refusal()).contains("ELIGIBILITY_REVIEW");
        assertThat(db.count("SELECT COUNT(*) FROM craftsman_application WHERE id = ? AND status = 'REFUSED'", row.id()))
                .isOne();
        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan WHERE id = ?", row.artisanId()))
                .as("the registration before the refused call").isOne();
        assertThat(db.count("SELECT COUNT(*) FROM tr_nomination WHERE artisan_id = ?", row.artisanId())).isZero();
    }

    @Test
    void outsideATransaction_eachRegistryCallCommitsOnItsOwn() {
        var artisan = zibo.artisans().register(CraftsmanApplicationsApp.UNION, CraftsmanApplicationsApp.mechanic(5));

        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan WHERE id = ?", artisan.id().value())).isOne();
    }

    @Test
    void notSupported_insideARolledBackTransaction_commitsTheRegistryCallOnItsOwn() {
        TransactionTemplate suspending = new TransactionTemplate(transactions.getTransactionManager());
        suspending.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        long hostRows = db.count("SELECT COUNT(*) FROM craftsman_application");
        long artisans = db.count("SELECT COUNT(*) FROM tr_artisan");

        transactions.executeWithoutResult(status -> {
            applications.insert(new ApplicationRow(UUID.randomUUID().toString(), "王建国", LocalDate.of(2016, 5, 4),
                    "NOMINATED", null, null, null));
            suspending.executeWithoutResult(inner -> zibo.artisans().register(CraftsmanApplicationsApp.UNION,
                    CraftsmanApplicationsApp.mechanic(7)));
            status.setRollbackOnly();
        });

        assertThat(db.count("SELECT COUNT(*) FROM craftsman_application")).isEqualTo(hostRows);
        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan")).isEqualTo(artisans + 1);
    }

    @Test
    void readOnlyTransaction_readsTheRegistryAndRefusesItsWrites() {
        var artisan = zibo.artisans().register(CraftsmanApplicationsApp.UNION, CraftsmanApplicationsApp.mechanic(8));
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        long artisans = db.count("SELECT COUNT(*) FROM tr_artisan");

        readOnly.executeWithoutResult(status -> {
            assertThat(zibo.artisans().find(artisan.id())).isPresent();
            assertThatThrownBy(() -> zibo.artisans().register(CraftsmanApplicationsApp.UNION,
                    CraftsmanApplicationsApp.mechanic(9))).isInstanceOf(ReadOnlyTransactionException.class);
            assertThat(applications.count()).as("the host's transaction is still usable").isNotNegative();
        });

        assertThat(db.count("SELECT COUNT(*) FROM tr_artisan")).isEqualTo(artisans);
    }

    @Test
    void flywayManagement_theHostsFlywayAppliesTheRegistryScripts() {
        try (TestDatabase fresh = TestDatabase.open(db.database());
                ConfigurableApplicationContext app = start(fresh, "talent-registry.schema.management=flyway")) {
            assertThat(applied(fresh, RegistryFlyway.location(fresh.database()), RegistryFlyway.DEFAULT_TABLE))
                    .as("the registry's scripts, in the registry's history")
                    .isEqualTo(RegistryMigrations.scripts(fresh.database()).size());
            assertThat(applied(fresh, "classpath:db/migration", "flyway_schema_history"))
                    .as("the host's own V1, in the host's history").isOne();
            assertThat(fresh.hasTable("tr_schema_history")).as("the registry ran no migration of its own").isFalse();

            TalentRegistry registry = app.getBean(TalentRegistry.class);
            HonorProgram program = registry.programs().define(CraftsmanApplicationsApp.UNION, ProgramDefinition.zibo());
            SelectionRound round = registry.rounds().open(CraftsmanApplicationsApp.UNION, program.id(), 2016);
            var receipt = app.getBean(SelfNominationService.class)
                    .apply(new SelfNomination(round.id(), CraftsmanApplicationsApp.mechanic(6)));
            assertThat(fresh.count("SELECT COUNT(*) FROM craftsman_application WHERE id = ?", receipt.applicationId()))
                    .isOne();
        }
    }

    @Test
    void flywayManagement_staleSchema_failsStartupNamingThePendingScript(CapturedOutput output) {
        try (TestDatabase fresh = TestDatabase.open(db.database())) {
            Flyway.configure().dataSource(fresh.dataSource())
                    .locations(RegistryFlyway.location(fresh.database())).table(RegistryFlyway.DEFAULT_TABLE)
                    .target("7").load().migrate();

            // The deployment step that runs Flyway was skipped: the application's Flyway does not run either.
            assertThatThrownBy(() -> start(fresh, "talent-registry.schema.management=flyway", "spring.flyway.enabled=false"))
                    .rootCause().isInstanceOf(SchemaNotCurrentException.class)
                    .hasMessageContaining("V008");
            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("Talent Registry's schema is not current")
                    .contains("locations=" + RegistryFlyway.location(fresh.database()));
        }
    }

    /** Counts the versioned scripts applied in a Flyway history table, as {@code flyway info} shows them. */
    private static long applied(TestDatabase database, String location, String table) {
        return Arrays.stream(Flyway.configure().dataSource(database.dataSource())
                        .locations(location).table(table).load().info().applied())
                .filter(m -> !m.getType().isSynthetic() && !m.getType().isBaseline() && m.getState().isApplied())
                .count();
    }

    /**
     * Starts the application on a database, with the vote secret an operator would set in the environment;
     * the arguments outrank application.properties.
     */
    private static ConfigurableApplicationContext start(TestDatabase database, String... properties) {
        String[] args = Stream.of(Stream.of(VOTE_SECRET), Arrays.stream(database.springPropertyPairs()),
                        Arrays.stream(properties))
                .flatMap(s -> s)
                .map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(CraftsmanApplicationsApp.class).run(args);
    }
}
