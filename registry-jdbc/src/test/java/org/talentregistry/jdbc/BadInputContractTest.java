package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementId;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.PoolAdmission;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolSort;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.ObjectionId;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.VoteOutcome;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;

/**
 * Hostile input through the public API, generated from a fixed seed: NUL and other control characters,
 * unpaired surrogates, over-long text, decimals of absurd size or scale, extreme dates, instants, years,
 * ages, periods and page offsets, and nulls, mixed with valid values. The operations cover artisans,
 * programs, rounds, votes, honors, titles, the talent pool and its engagements, consents, the public notice
 * list and personal data. Every call must either succeed or fail with the library's own
 * exception ({@link RegistryException}) or an {@link IllegalArgumentException} / {@link NullPointerException}
 * with a message, in a message that stays short and holds no NUL; after every failure the row count of every
 * registry table must be what it was before the call, so that no refused call wrote anything. The database is
 * healthy and the calls come one at a time, so no call may end in an {@link UnableToAccessDatabaseException}:
 * one would be a value the library let through and this database refused, a verdict that differs between
 * databases.
 */
abstract class BadInputContractTest extends DatabaseContractTest {
    private static final long SEED = 20_190_510L;
    private static final int CALLS = 10_000;
    private static final int MAX_MESSAGE = 1_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Friday 2019-05-10, 10:00 in Zibo. */
    private static final Instant START = Instant.parse("2019-05-10T02:00:00Z");
    private static final byte[] SECRET = "bad-input-vote-secret-2019".getBytes(StandardCharsets.UTF_8);
    private static final Actor CLERK = Actor.of("union-li", "李干事");

    private static final String[] HOSTILE_TEXT = {"a\u0000b", "\u0000", "王\u0007建国", "\u001B[31m红", "x\u007F",
        "王\uD840", "\uDC00建国", "王\n建国", "王\t建国", "王\r\n建国", "", "   ", "王".repeat(101), "x".repeat(10_000),
        "𠀀".repeat(51), "'; DROP TABLE tr_artisan; --", "%_\\", "\u202E王建国", "\u200B", "\uFEFF王", "王\u0085建国",
        "😀".repeat(3)};
    private static final String[] VALID_TEXT = {"王建国", "淄博市总工会", "李 四", "𠀀国", "Zhang San"};
    private static final LocalDate[] HOSTILE_DATES = {LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
        LocalDate.of(-1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(1799, 12, 31),
        LocalDate.of(1800, 1, 1), LocalDate.of(2999, 12, 31), LocalDate.of(3000, 1, 1), LocalDate.of(9999, 12, 31),
        LocalDate.of(10_000, 1, 1), LocalDate.of(1970, 1, 1), LocalDate.of(2038, 1, 20)};
    private static final int[] HOSTILE_INTS = {Integer.MIN_VALUE, -1, 0, 1, 15, 16, 80, 81, 100, 101, 1948, 1949,
        2999, 3000, 10_000, Integer.MAX_VALUE};
    private static final String[] HOSTILE_DECIMALS = {"1E+9999999", "1E-9999999", "1E+999999999", "1E-999999999",
        "-1E+999999999", "-1E-999999999", "0E+999999999", "0E-999999999", "-1", "1000000", "999999.999", "0.0001",
        "36.0000000000", "1001", "9999.999", "1E+3", "-0.001"};

    private final Random random = new Random(SEED);
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> foreign = new ArrayList<>();
    private final List<String> partialWrites = new ArrayList<>();
    private final List<String> refusedByTheDatabase = new ArrayList<>();
    private MutableClock clock;
    private TalentRegistry registry;
    private SelectionRounds rounds;
    private int nextSequence = 1;
    private List<Artisan> artisans;
    private HonorProgram program;
    private SelectionRound nominating;
    private SelectionRound reviewing;
    private SelectionRound voting;
    // When the voting round entered public voting: after its nominations, later than its opening.
    private Instant votingOpenedAt;
    private Reviewer reviewer;
    private List<NominationId> reviewed;
    private List<NominationId> running;
    private TitleRound titleRound;
    private EngagementId engagement;
    private SelectionRound inNotice;
    private List<NominationId> noticed;
    private RegistryStore watchedStore;

    @Test
    void hostileCalls_throwOnlyTheLibrarysExceptions_andRefusalsWriteNothing() throws SQLException {
        List<String> tables = registryTables();
        long started = System.nanoTime();
        int counted = 0;
        try (Connection c = db.dataSource().getConnection()) {
            WatchedStore watched = new WatchedStore(c, tables);
            watchedStore = watched;
            registry = TalentRegistry.builder(watched).tenant(registry.tenant()).clock(clock).voteSecret(SECRET).build();
            rounds = registry.rounds();
            List<Supplier<Object>> operations = operations();
            for (int call = 0; call < CALLS; call++) {
                int which = random.nextInt(operations.size());
                String name = OPERATION_NAMES.get(which);
                watched.reached = false;
                Throwable thrown = null;
                try {
                    operations.get(which).get();
                } catch (Throwable t) {
                    thrown = t;
                }
                record(call, name, thrown);
                if (thrown != null && watched.reached) {
                    long[] after = counts(c, tables);
                    counted++;
                    if (!Arrays.equals(watched.known, after)) {
                        partialWrites.add("call " + call + " " + name + " failed with " + describe(thrown)
                                + " yet changed row counts: " + changes(tables, watched.known, after));
                    }
                    watched.known = after;
                } else if (watched.reached) {
                    watched.known = null;
                }
                clock.advance(Duration.ofSeconds(1));
            }
            counted += watched.counted;
        }
        System.out.printf(Locale.ROOT, "%s bad-input test: %,d calls in %.1f s, row counts taken %,d times; outcomes %s%n",
                database(), CALLS, (System.nanoTime() - started) / 1e9, counted, outcomes);
        assertThat(foreign).as("foreign exceptions or unbounded messages").isEmpty();
        assertThat(partialWrites).as("refused calls that wrote").isEmpty();
        assertThat(refusedByTheDatabase).as("values the library let through and the database refused").isEmpty();
        assertThat(outcomes.keySet()).as("some calls succeed, some are refused")
                .anyMatch(k -> k.endsWith(" ok")).anyMatch(k -> k.contains("InvalidFieldException"));
    }

    private void record(int call, String operation, Throwable thrown) {
        String kind = thrown == null ? "ok" : thrown.getClass().getSimpleName();
        outcomes.merge(operation + " " + kind, 1, Integer::sum);
        if (thrown == null) {
            return;
        }
        if (thrown instanceof UnableToAccessDatabaseException) {
            refusedByTheDatabase.add("call " + call + " " + operation + ": " + describe(thrown));
        }
        boolean own = thrown instanceof RegistryException || thrown instanceof IllegalArgumentException
                || thrown instanceof NullPointerException;
        String message = thrown.getMessage();
        boolean named = message != null && !message.isBlank();
        boolean bounded = message == null || message.length() <= MAX_MESSAGE && message.indexOf('\u0000') < 0;
        boolean fieldNamed = !(thrown instanceof InvalidFieldException e) || !e.getField().isBlank();
        if (!own || !named || !bounded || !fieldNamed) {
            foreign.add("call " + call + " " + operation + ": " + describe(thrown));
        }
    }

    private static String describe(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t.getClass().getName() + ": " + (message.length() > 300 ? message.substring(0, 300) + "… ("
                + message.length() + " characters)" : message).replace("\u0000", "\\u0000");
    }

    // ---- the registry's tables and their counts --------------------------------------------------

    private List<String> registryTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith("tr_")) {
                        tables.add(table);
                    }
                }
            }
        }
        assertThat(tables).as("registry tables").hasSizeGreaterThanOrEqualTo(23);
        return tables;
    }

    /**
     * The store, watched: a call that never reaches it cannot have written, so only calls that reach it have
     * the row counts compared. The counts before a call are taken when it first reaches the store, unless
     * they are known already (no call has succeeded in writing since they were taken).
     */
    private final class WatchedStore implements RegistryStore {
        private final Connection connection;
        private final List<String> tables;
        boolean reached;
        long[] known;
        int counted;

        WatchedStore(Connection connection, List<String> tables) {
            this.connection = connection;
            this.tables = tables;
        }

        private void reach() {
            if (reached) {
                return;
            }
            reached = true;
            if (known == null) {
                try {
                    known = counts(connection, tables);
                    counted++;
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot count the registry's rows", e);
                }
            }
        }

        @Override
        public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
            reach();
            return store.inTransaction(tenant, work);
        }

        @Override
        public <T> T withSession(TenantId tenant, StoreWork<T> work) {
            reach();
            return store.withSession(tenant, work);
        }
    }

    /** Every table's count in one statement: one round trip per call. */

    private static long[] counts(Connection c, List<String> tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(tables.get(i)).append(')');
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            long[] counts = new long[tables.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            return counts;
        }
    }

    private static String changes(List<String> tables, long[] before, long[] after) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed.put(tables.get(i), before[i] + " -> " + after[i]);
            }
        }
        return changed.toString();
    }

    // ---- the cases the issue names, one by one ---------------------------------------------------

    @Test
    void nulInNamesAndIds_isRefusedNamingTheField_onEveryDatabase() {
        assertThatThrownBy(() -> registry.artisans().register(CLERK, Fixtures.mechanic(nextSequence++).toBuilder()
                .name("a\u0000b").build()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("name"));
        assertThatThrownBy(() -> registry.artisans().register(Actor.of("a\u0000b", "张科长"), Fixtures.mechanic(nextSequence++)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("actor.id"));
        assertThatThrownBy(() -> registry.programs().define(CLERK, validProgram().name("a\u0000b").build()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("program.name"));
    }

    @Test
    void extremeDates_areRefusedNamingTheField_onEveryDatabase() {
        String chief = TechnicianTitle.ziboChiefTechnician().code();
        assertThatThrownBy(() -> registry.titles().openRound(CLERK, chief, IssuingRegion.of("370300"), 2021, LocalDate.MIN))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("roundDate"));
        assertThatThrownBy(() -> registry.titles().definePolicy(CLERK, new PriorityPolicy("p", 1, chief, LocalDate.MIN,
                Optional.empty(), BigDecimal.ZERO, List.of())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("policy.validFrom"));
        assertThat(registry.titles().definePolicy(CLERK, new PriorityPolicy("p", 1, chief, LocalDate.of(2023, 1, 1),
                Optional.of(LocalDate.of(9999, 12, 31)), BigDecimal.ZERO, List.of())).validUntil())
                .contains(LocalDate.of(9999, 12, 31));
        Artisan stored = registry.artisans().register(CLERK, Fixtures.mechanic(nextSequence++).toBuilder()
                .residentId(ResidentId.of("440524188001010014")).startedInTradeOn(LocalDate.of(1896, 1, 1))
                .addCertificate(SkillCertificate.builder().level(SkillLevel.TECHNICIAN)
                        .occupation(Fixtures.CAR_MECHANIC).number("T1900-1").issuer("山东省实业厅")
                        .issuedOn(LocalDate.of(1900, 1, 1)).validUntil(LocalDate.of(9999, 12, 31)).build())
                .build());
        assertThat(registry.artisans().get(stored.id()).details()).isEqualTo(stored.details());
    }

    @Test
    void votesAtExtremeInstants_orOutsideTheRound_areRefusedAsOutsideTheVotingPeriod() {
        NominationId nominee = running.get(0);
        Instant now = clock.instant();
        for (Instant castAt : List.of(Instant.MAX, Instant.MIN, Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), voting.openedAt(), votingOpenedAt.minusNanos(1),
                now.plus(Duration.ofMinutes(5)).plusNanos(1))) {
            assertThat(rounds.castVote(voting.id(), new Ballot(nominee, "64.0.0.1", castAt))).as(castAt.toString())
                    .isEqualTo(VoteOutcome.OUTSIDE_VOTING_PERIOD);
        }
        IngestSummary summary = rounds.ingestVotes(voting.id(), List.of(new Ballot(nominee, "64.0.0.2", Instant.MAX),
                new Ballot(nominee, "64.0.0.3", Instant.MIN), new Ballot(nominee, "64.0.0.4", now)));
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.refused()).isEqualTo(Map.of(VoteOutcome.OUTSIDE_VOTING_PERIOD, 2L));
        assertThat(rounds.castVote(voting.id(), new Ballot(nominee, "64.0.0.1", votingOpenedAt))).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(rounds.castVote(voting.id(), new Ballot(running.get(1), "64.0.0.5", now.plus(Duration.ofMinutes(5)))))
                .isEqualTo(VoteOutcome.ACCEPTED);
    }

    @Test
    void hugeDecimals_areRefusedInShortMessages_onEveryDatabase() {
        for (String huge : List.of("1E+9999999", "1E-9999999", "1E+999999999", "1E-999999999")) {
            assertThatThrownBy(() -> registry.titles().apply(CLERK, titleRound.id(), artisans.get(0).id(),
                    new BigDecimal(huge), Declarations.inServiceWithCleanRecord()))
                    .isInstanceOf(InvalidFieldException.class).message().hasSizeLessThan(200);
            assertThatThrownBy(() -> rounds.score(CLERK, reviewer.id(), reviewed.get(0),
                    Map.of("skill", new BigDecimal(huge), "contribution", BigDecimal.ONE)))
                    .isInstanceOf(RegistryException.class).message().hasSizeLessThan(200);
        }
    }

    @Test
    void votingProgram_inARegistryWithoutVoteSecret_isRefusedWhenDefinedOrARoundOpened() {
        TalentRegistry noSecret = TalentRegistry.builder(store).tenant(registry.tenant()).clock(clock).build();

        assertThatThrownBy(() -> noSecret.programs().define(CLERK, validProgram().build()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("voteSecret"));
        assertThatThrownBy(() -> noSecret.rounds().open(CLERK, program.id(), 2020))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("voteSecret"));
        assertThat(registry.rounds().list(program.id())).extracting(SelectionRound::year).doesNotContain(2020);
    }

    // ---- a registry with something of everything -------------------------------------------------

    @BeforeEach
    void setUp() {
        random.setSeed(SEED);

        clock = new MutableClock(START, SHANGHAI);
        registry = TalentRegistry.builder(store).tenant(newTenantId()).clock(clock).voteSecret(SECRET).build();
        rounds = registry.rounds();
        artisans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            artisans.add(registry.artisans().register(CLERK, Fixtures.mechanic(nextSequence++)));
        }
        program = registry.programs().define(CLERK, validProgram().build());
        nominating = rounds.open(CLERK, program.id(), 2019);
        reviewing = rounds.open(CLERK, program.id(), 2018);
        reviewed = nominateAll(reviewing, artisans.subList(0, 3));
        rounds.closeNominations(CLERK, reviewing.id());
        rounds.closeEligibilityReview(CLERK, reviewing.id());
        reviewer = rounds.addReviewer(CLERK, reviewing.id(), "周教授", null);
        voting = rounds.open(CLERK, program.id(), 2017);
        running = nominateAll(voting, artisans.subList(3, 6));
        rounds.closeNominations(CLERK, voting.id());
        rounds.closeEligibilityReview(CLERK, voting.id());
        Reviewer expert = rounds.addReviewer(CLERK, voting.id(), "吴教授", null);
        for (NominationId id : running) {
            rounds.score(CLERK, expert.id(), id, Map.of("skill", BigDecimal.TEN, "contribution", BigDecimal.TEN));
        }
        votingOpenedAt = clock.instant();
        rounds.closeExpertReview(CLERK, voting.id());
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        titleRound = registry.titles().openRound(CLERK, TechnicianTitle.ziboChiefTechnician().code(), IssuingRegion.of("370300"), 2019,
                LocalDate.of(2019, 6, 1));
        // A round in public notice, for the notice list: one of its two nominees has consented to disclosure.
        inNotice = rounds.open(CLERK, program.id(), 2016);
        noticed = nominateAll(inNotice, artisans.subList(6, 8));
        rounds.closeNominations(CLERK, inNotice.id());
        rounds.closeEligibilityReview(CLERK, inNotice.id());
        Reviewer judge = rounds.addReviewer(CLERK, inNotice.id(), "郑教授", null);
        for (NominationId id : noticed) {
            rounds.score(CLERK, judge.id(), id, Map.of("skill", BigDecimal.TEN, "contribution", BigDecimal.TEN));
        }
        rounds.closeExpertReview(CLERK, inNotice.id());
        rounds.closeVoting(CLERK, inNotice.id());
        rounds.startNotice(CLERK, inNotice.id(), LocalDate.of(2019, 5, 10));
        registry.consents().give(CLERK, new ConsentGrant(artisans.get(6).id(), ConsentPurpose.PUBLIC_DISCLOSURE,
                LocalDate.of(2019, 1, 1), "申报表第3页签字"));
        for (Artisan a : artisans.subList(0, 6)) {
            registry.pool().add(CLERK, new PoolAdmission(a.id(), "淄博市首席技师（2018年）", LocalDate.of(2019, 1, 1)));
        }
        for (Artisan a : artisans.subList(0, 4)) {
            registry.consents().give(CLERK, new ConsentGrant(a.id(), ConsentPurpose.MEDIA, LocalDate.of(2019, 1, 1),
                    "申报表签字 " + a.id()));
        }
        engagement = registry.pool().recordEngagement(CLERK, artisans.get(0).id(), new EngagementDetails.Training(
                "创新能力提升培训班", "淄博市总工会", LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 8),
                new BigDecimal("40"), Optional.of("结业"))).id();
    }

    private List<NominationId> nominateAll(SelectionRound round, List<Artisan> nominees) {
        List<NominationId> ids = new ArrayList<>();
        for (Artisan a : nominees) {
            clock.advance(Duration.ofMinutes(1));
            ids.add(rounds.nominate(CLERK, round.id(), new NominationRequest(a.id(), NominationChannel.SELF, a.name(),
                    Declarations.inServiceWithCleanRecord())).id());
        }
        return ids;
    }

    private static ProgramDefinition.Builder validProgram() {
        return ProgramDefinition.builder()
                .name("测试金牌工匠").organizer("淄博市总工会").years(2016, 5)
                .tier(new HonorTier("gold", "金牌工匠", 2, true))
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER))
                .channel(NominationChannel.SELF)
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 50), new ReviewItem("contribution", "贡献", 50)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE), 1));
    }

    // ---- generators: hostile about a third of the time -------------------------------------------

    private boolean hostile() {
        return random.nextInt(3) == 0;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String text(String valid) {
        if (!hostile()) {
            return valid;
        }
        return switch (random.nextInt(20)) {
            case 0 -> null;
            case 1 -> "x".repeat(1_000_000);
            default -> pick(HOSTILE_TEXT);
        };
    }

    private String text() {
        return text(pick(VALID_TEXT));
    }

    private LocalDate date(LocalDate valid) {
        if (!hostile()) {
            return valid;
        }
        return random.nextInt(15) == 0 ? null : pick(HOSTILE_DATES);
    }

    private int integer(int valid) {
        return hostile() ? HOSTILE_INTS[random.nextInt(HOSTILE_INTS.length)] : valid;
    }

    private BigDecimal decimal(String valid) {
        if (!hostile()) {
            return new BigDecimal(valid);
        }
        return switch (random.nextInt(20)) {
            case 0 -> null;
            // A number of 10,001 digits whose value is small: only its scale is unusual.
            case 1 -> new BigDecimal(BigInteger.TEN.pow(10_000), 9_998);
            default -> new BigDecimal(pick(HOSTILE_DECIMALS));
        };
    }

    private Instant instant() {
        Instant now = clock.instant();
        if (!hostile()) {
            return now.minusSeconds(random.nextInt(3600));
        }
        return switch (random.nextInt(11)) {
            case 0 -> null;
            case 1 -> Instant.MIN;
            case 2 -> Instant.MAX;
            case 3 -> Instant.EPOCH;
            case 4 -> Instant.parse("0001-01-01T00:00:00Z");
            case 5 -> Instant.parse("+10000-01-01T00:00:00Z");
            case 6 -> now.plus(Duration.ofMinutes(4));
            case 7 -> now.plus(Duration.ofMinutes(6));
            case 8 -> Instant.parse("2019-01-01T00:00:00Z");
            case 9 -> Instant.ofEpochSecond(Long.MAX_VALUE / 1000);
            default -> Instant.parse("9999-12-31T23:59:59.999999999Z");
        };
    }

    private Actor actor() {
        return random.nextInt(10) == 0 ? Actor.of(text("clerk-" + random.nextInt(5)), text("张科长")) : CLERK;
    }

    private Artisan anArtisan() {
        return pick(artisans);
    }

    private ArtisanDetails details() {
        LocalDate born = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        ResidentId id = random.nextInt(20) == 0
                ? ResidentId.completing("44052418800101" + String.format(Locale.ROOT, "%03d", nextSequence++ % 1000))
                : ResidentId.completing("370303" + born.toString().replace("-", "")
                        + String.format(Locale.ROOT, "%03d", nextSequence++ % 1000));
        CreditCode code = random.nextInt(10) == 0
                ? CreditCode.withChecksumOverride("91350100M000100Y44", text("早期试点代码\n见登记证"))
                : CreditCode.completing("91370303MA3C0001K");
        ArtisanDetails.Builder b = ArtisanDetails.builder()
                .name(text())
                .residentId(id)
                .employer(Employer.of(text("淄博张店汽车维修有限公司"), code))
                .occupation(Occupation.of("4-12-01-01", text("汽车维修工")))
                .region(Region.of("370303", text("张店区")))
                .startedInTradeOn(date(LocalDate.of(2000, 7, 1)));
        if (random.nextBoolean()) {
            b.phone(PhoneNumber.of("13812341234"));
        }
        if (random.nextBoolean()) {
            b.addCertificate(SkillCertificate.builder().level(SkillLevel.TECHNICIAN)
                    .occupation(Occupation.of("4-12-01-01", "汽车维修工")).number(text("T2012-" + random.nextInt(1000)))
                    .issuer(text("淄博市人力资源和社会保障局")).issuedOn(date(LocalDate.of(2012, 3, 1)))
                    .validUntil(random.nextBoolean() ? null : date(LocalDate.of(9999, 12, 31))).build());
        }
        return b.build();
    }

    private ProgramDefinition definition() {
        ScoringScheme zibo = ScoringScheme.zibo();
        return validProgram()
                .name(text("测试工匠" + random.nextInt(100)))
                .organizer(text("淄博市总工会"))
                .years(integer(2016), integer(5))
                .clearTiers()
                .tier(new HonorTier(text("silver"), text("银牌工匠"), integer(5), true))
                .criterion(new Criterion.MaximumAge("age", Severity.SOFT, integer(50)))
                .criterion(new Criterion.MinimumYearsInTrade("years", Severity.HARD, integer(5)))
                .scoring(new ScoringScheme(decimal("0.85"), decimal("0.15"),
                        List.of(new ReviewItem("skill", text("技能"), integer(40)), new ReviewItem("innovation", "创新", 60)),
                        zibo.expertNormalization(), zibo.voteNormalization(), zibo.tieBreaks(), integer(1)))
                .votePolicy(hostile() ? text("one-per-ip-per-round") : "one-per-ip-per-round")
                .noticeWorkingDays(integer(5))
                .publicNotice(random.nextInt(4) != 0 ? NoticePublication.defaults() : new NoticePublication(
                        text("淄博市总工会经济技术部，电话 0533-3180000"), random.nextBoolean(),
                        Optional.ofNullable(random.nextBoolean() ? null : text("申报表第3页签字"))))
                .build();
    }

    private TechnicianTitle title() {
        TechnicianTitle chief = TechnicianTitle.ziboChiefTechnician();
        List<Criterion> criteria = new ArrayList<>(chief.criteria());
        criteria.add(new Criterion.MaximumAge("max-age", Severity.SOFT, integer(55)));
        criteria.add(new Criterion.HoldsTitle("holds", Severity.SOFT, text("zibo-chief-technician")));
        return new TechnicianTitle(text("title-" + random.nextInt(20)), text("首席技师"), criteria, integer(30),
                Optional.of(integer(2)), Optional.of(integer(4)), nullable(text("3703"), integer(10)));
    }

    private PriorityPolicy policy() {
        LocalDate from = date(LocalDate.of(2023, 1, 1));
        return new PriorityPolicy(text("policy-" + random.nextInt(20)), integer(1), text("zibo-chief-technician"), from,
                random.nextBoolean() ? Optional.empty() : Optional.ofNullable(date(LocalDate.of(9999, 12, 31))),
                decimal("0.5"), List.of(
                        new PriorityCondition.HoldsHonor("gold", program.id(), nullable(text("gold")), text("持有金牌工匠称号"),
                                text("holds the gold medal")),
                        new PriorityCondition.AgedAtMost("age", integer(45), text("45周岁以下"), text("aged 45 or under"))));
    }

    /** A map that takes a null key, as a caller's own map may. */
    private static Map<String, Integer> nullable(String key, int value) {
        Map<String, Integer> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    /** A set that takes a null element, as a caller's own set may. */
    private static Set<String> nullable(String element) {
        Set<String> set = new HashSet<>();
        set.add(element);
        return set;
    }

    private EngagementDetails engagementDetails() {
        LocalDate day = date(LocalDate.of(2019, 3, 1 + random.nextInt(28)));
        return switch (random.nextInt(3)) {
            case 0 -> new EngagementDetails.Training(text("创新能力提升培训班"), text("淄博市总工会"), day,
                    date(LocalDate.of(2019, 4, 30)), decimal("16.5"),
                    random.nextBoolean() ? Optional.empty() : Optional.ofNullable(text("结业")));
            case 1 -> new EngagementDetails.CampusTalk(text("淄博职业学院"), day,
                    random.nextInt(20) == 0 ? null : TalkKind.LIVE_DEMONSTRATION, integer(300));
            default -> new EngagementDetails.MediaFeature(text("淄博电视台"), MediaKind.TV_INTERVIEW, day, text("小语访谈"),
                    Optional.ofNullable(text("https://zbtv.example/v/" + random.nextInt(100))));
        };
    }

    private PoolQuery poolQuery() {
        PoolQuery.Builder b = PoolQuery.asOf(date(LocalDate.of(2019, 5, 1)));
        if (random.nextBoolean()) {
            b.occupation(text("4-12-01-01"));
        }
        if (random.nextInt(3) == 0) {
            b.region(text("370303"));
        }
        if (random.nextInt(4) == 0) {
            b.honor(program.id(), text("gold"), integer(2017));
        }
        if (random.nextBoolean()) {
            b.engagementsBetween(date(LocalDate.of(2019, 1, 1)), date(LocalDate.of(2020, 1, 1)), integer(0));
        }
        if (random.nextInt(4) == 0) {
            b.consentedTo(pick(ConsentPurpose.values()));
        }
        return b.sortBy(pick(PoolSort.values())).page(integer(0), integer(50)).build();
    }

    private ConsentPurpose purpose() {
        return random.nextInt(20) == 0 ? null : pick(ConsentPurpose.values());
    }

    private Period period(Period valid) {
        if (!hostile()) {
            return valid;
        }
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Period.ofDays(-1);
            case 2 -> Period.ofYears(101);
            case 3 -> Period.ofYears(Integer.MAX_VALUE);
            case 4 -> Period.ofDays(Integer.MAX_VALUE);
            default -> Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        };
    }

    private RevocationRequest revocation() {
        return new RevocationRequest(random.nextInt(20) == 0 ? null : RevocationReason.FRAUD, text("伪造申报材料\n见调查报告"),
                date(LocalDate.of(2020, 3, 1)), text("淄博市总工会"));
    }

    private Ballot ballot(List<NominationId> nominees) {
        String voter = hostile() ? text("10.0.0.1") : "10." + random.nextInt(250) + "." + random.nextInt(250) + "."
                + random.nextInt(250);
        return new Ballot(pick(nominees), voter, instant());
    }

    private Map<String, BigDecimal> points() {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        items.put("skill", decimal(String.valueOf(random.nextInt(51))));
        items.put(hostile() ? String.valueOf(text("contribution")) : "contribution", decimal("25.5"));
        return items;
    }

    // ---- the operations --------------------------------------------------------------------------

    private static final List<String> OPERATION_NAMES = List.of("register", "update", "list", "findByResidentId",
            "defineProgram", "reviseProgram", "openRound", "cancel", "nominate", "withdraw", "clearFlag", "addReviewer",
            "declareConflict", "score", "castVote", "ingestVotes", "markBrushed", "startNotice", "fileObjection",
            "decideObjection", "name", "revoke", "revokeDecision", "honorQueries", "pool", "defineTitle", "definePolicy",
            "policyInForce", "openTitleRound", "apply", "withdrawApplication", "cancelOrRevokeTitle", "heldOn", "priority",
            "audit", "lookupById", "poolQuery",
            "poolStanding", "shareWithBureau", "addToPool", "leavePool", "recordEngagement", "correctEngagement",
            "engagementQueries", "giveConsent", "withdrawConsent", "consentQueries", "meritSummary", "noticeList",
            "personalData", "purge");

    private List<Supplier<Object>> operations() {
        List<Supplier<Object>> ops = List.of(
                () -> registry.artisans().register(actor(), details()),
                () -> {
                    Artisan a = registry.artisans().get(anArtisan().id());
                    Artisan edited = a.withDetails(a.details().toBuilder().name(text()).region(Region.of("370303",
                            text("张店区"))).startedInTradeOn(date(a.details().startedInTradeOn())).build());
                    return registry.artisans().update(actor(), edited);
                },
                () -> registry.artisans().list(ArtisanQuery.builder().occupation(text("4-12-01-01"))
                        .region(text("370303")).levelAtLeast(SkillLevel.TECHNICIAN, date(LocalDate.of(2019, 1, 1))).build()),
                () -> registry.artisans().findByResidentId(ResidentId.of(text("370303197805120132"))),
                () -> registry.programs().define(actor(), definition()),
                () -> registry.programs().revise(actor(), program.id(), definition()),
                () -> rounds.open(actor(), program.id(), integer(2020)),
                () -> rounds.cancel(actor(), RoundId.of(999_999), text("停办")),
                () -> rounds.nominate(actor(), nominating.id(), new NominationRequest(anArtisan().id(),
                        NominationChannel.SELF, text(), new Declarations(true, text("无")))),
                () -> rounds.withdraw(actor(), NominationId.of(999_999), text("本人申请撤回\n另附说明")),
                () -> rounds.clearFlag(actor(), pick(reviewed), text("age"), text("集体研究同意")),
                () -> rounds.addReviewer(actor(), reviewing.id(), text("周教授"), null),
                () -> rounds.declareConflict(actor(), reviewer.id(), pick(reviewed), text("同一单位")),
                () -> rounds.score(actor(), reviewer.id(), pick(reviewed), points()),
                () -> rounds.castVote(voting.id(), ballot(running)),
                () -> {
                    List<Ballot> batch = new ArrayList<>();
                    for (int i = random.nextInt(20); i >= 0; i--) {
                        batch.add(ballot(running));
                    }
                    return rounds.ingestVotes(voting.id(), batch);
                },
                () -> rounds.markBrushed(actor(), NominationId.of(999_999), text("刷票")),
                () -> rounds.startNotice(actor(), voting.id(), date(LocalDate.of(2019, 5, 20))),
                () -> rounds.fileObjection(actor(), pick(running), text("李四"), text("材料不实\n附证据")),
                () -> rounds.decideObjection(actor(), ObjectionId.of(999_999), random.nextBoolean(), text("经核实")),
                () -> rounds.name(actor(), voting.id(), new NamingDecision(text("淄工发〔2019〕12号"),
                        date(LocalDate.of(2019, 6, 20)), text("淄博市总工会"))),
                () -> registry.honors().revoke(actor(), HonorId.of(999_999), revocation()),
                () -> registry.honors().revokeDecision(actor(), text("淄工发〔2019〕99号"), revocation()),
                () -> random.nextBoolean() ? registry.honors().ofDecision(text("淄工发〔2019〕12号"))
                        : registry.honors().activeOn(anArtisan().id(), date(LocalDate.of(2019, 1, 1))),
                () -> random.nextBoolean() ? registry.pool().membersOn(date(LocalDate.of(2019, 1, 1)))
                        : registry.pool().sizeOn(date(LocalDate.of(2019, 1, 1))),
                () -> registry.titles().define(actor(), title()),
                () -> registry.titles().definePolicy(actor(), policy()),
                () -> registry.titles().policyInForce(text("zibo-chief-technician"), date(LocalDate.of(2024, 1, 1))),
                () -> registry.titles().openRound(actor(), text("zibo-chief-technician"), IssuingRegion.of("370300"), integer(2020),
                        date(LocalDate.of(2020, 6, 1))),
                () -> registry.titles().apply(actor(), titleRound.id(), anArtisan().id(), decimal("88.5"),
                        new Declarations(random.nextBoolean() ? null : true, text("无"))),
                () -> registry.titles().withdrawApplication(actor(), titleRound.id(), anArtisan().id(), text("本人撤回\n调离本市")),
                // A round and an award that do not exist: cancelling the tests' round would leave every later
                // application refused.
                () -> switch (random.nextInt(3)) {
                    case 0 -> registry.titles().cancelRound(actor(), TitleRoundId.of(999_999), text("评选暂停"));
                    case 1 -> registry.titles().revokeAward(actor(), TitleAwardId.of(999_999), revocation());
                    default -> registry.titles().rounds(text("zibo-chief-technician"));
                },
                () -> registry.titles().heldOn(anArtisan().id(), date(LocalDate.of(2024, 1, 1))),
                () -> registry.priority().check(anArtisan().id(), text("zibo-chief-technician"),
                        date(LocalDate.of(2024, 1, 1))),
                () -> random.nextBoolean() ? registry.audit().forEntity(text("artisan"), text(anArtisan().id().toString()))
                        : registry.audit().latest(integer(10)),
                () -> registry.forTenant(registry.tenant()).artisans().find(ArtisanId.parse(text(anArtisan().id().toString()))),
                () -> registry.pool().query(poolQuery()),
                () -> switch (random.nextInt(3)) {
                    case 0 -> registry.pool().totals(date(LocalDate.of(2019, 5, 1)));
                    case 1 -> registry.pool().explain(anArtisan().id(), date(LocalDate.of(2019, 5, 1)));
                    default -> registry.pool().ofArtisan(anArtisan().id());
                },
                () -> registry.pool().shareWithBureau(actor(), poolQuery(), text("淄博市人力资源和社会保障局")),
                () -> registry.pool().add(actor(), new PoolAdmission(anArtisan().id(), text("淄博市首席技师（2019年）"),
                        date(LocalDate.of(2019, 2, 1)))),
                () -> registry.pool().leave(actor(), anArtisan().id(), new PoolLeave(random.nextInt(20) == 0 ? null
                        : pick(LeaveReason.values()), date(LocalDate.of(2019, 4, 1)),
                        Optional.ofNullable(random.nextBoolean() ? null : text("调往济南工作")))),
                () -> registry.pool().recordEngagement(actor(), anArtisan().id(), engagementDetails()),
                () -> registry.pool().correctEngagement(actor(), engagement,
                        hostile() ? integer(1) : registry.pool().engagement(engagement).revision(), engagementDetails(),
                        text("学时有误\n见签到表")),
                () -> switch (random.nextInt(5)) {
                    case 0 -> registry.pool().engagementsOf(anArtisan().id(), integer(2019));
                    case 1 -> registry.pool().engagementCounts(integer(2019));
                    case 2 -> registry.pool().engagementSummary(integer(2019));
                    case 3 -> registry.pool().engagementHistory(engagement);
                    default -> registry.pool().engagement(EngagementId.of(hostile() ? 999_999 : engagement.value()));
                },
                () -> registry.consents().give(actor(), new ConsentGrant(anArtisan().id(), purpose(),
                        date(LocalDate.of(2019, 2, 1)), text("申报表第3页签字"))),
                () -> registry.consents().withdraw(actor(), anArtisan().id(), purpose(), date(LocalDate.of(2019, 4, 1)),
                        text("本人书面撤回\n附申请")),
                () -> random.nextBoolean() ? registry.consents().holds(anArtisan().id(), purpose(), date(LocalDate.of(2019, 5, 1)))
                        : registry.consents().ofArtisan(anArtisan().id()),
                () -> rounds.recordMeritSummary(actor(), random.nextBoolean() ? pick(noticed) : pick(running),
                        text("二十年扎根汽修一线，技术能手")),
                () -> rounds.noticeList(random.nextInt(4) == 0 ? voting.id() : inNotice.id()),
                () -> {
                    if (random.nextBoolean()) {
                        return registry.personalData().export(actor(), anArtisan().id());
                    }
                    Artisan a = registry.artisans().get(anArtisan().id());
                    return registry.personalData().correct(actor(), a.withDetails(a.details().toBuilder().name(text())
                            .build()), text("更正申请 2021-007"));
                },
                () -> TalentRegistry.builder(watchedStore).tenant(registry.tenant()).clock(clock).voteSecret(SECRET)
                        .retention(RetentionPolicy.builder().voterKeysAfterNotice(period(Period.ofDays(30)))
                                .contactDataAfterLeavingPool(period(Period.ofYears(2)))
                                .nomineesNotHonoredAfterNotice(period(Period.ofYears(1))).batchSize(integer(100)).build())
                        .build().personalData().purge(actor()));

        assertThat(ops).hasSameSizeAs(OPERATION_NAMES);
        return ops;
    }
}
