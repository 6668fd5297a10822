package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.benchmarks.Options.Database;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;

/**
 * Loads the mass of the data with raw JDBC straight into the library's own tables, after the library
 * migrated the schema and {@link PrioritySetup} made the programs, the title, its policies and a handful of
 * honors through the public API: registering a million artisans through the API would take hours.
 *
 * <p>Every row has every column the library writes, computed the way the library computes it: the tenant,
 * {@code version} 1, the resident identity number (valid GB 11643 check character) beside its key (the HMAC
 * under the database's secret) and the birth date it encodes, valid credit codes, timestamps in UTC. The honors go into rounds of the two
 * programs of {@link PrioritySetup}, inserted in stage {@code NAMED} with their naming decisions, and some
 * join the library's own 2025 round; pool-tier honors get their talent-pool membership, ended on the
 * revocation date where revoked. Left out, because the priority check reads none of them: skill
 * certificates, nominations, scores and audit events of the bulk rows.
 *
 * <p>PostgreSQL takes the rows by {@code COPY}; H2 and MariaDB by JDBC batches of 10,000 (MariaDB's bulk
 * protocol), a transaction each. Artisans are inserted in the order of their resident key, so that the
 * unique index on it grows at its end.
 */
final class PriorityBulkLoad {
    /** Zibo's districts and counties: code, name. */
    static final String[][] REGIONS = {{"370302", "淄川区"}, {"370303", "张店区"}, {"370304", "博山区"},
        {"370305", "临淄区"}, {"370306", "周村区"}, {"370321", "桓台县"}, {"370322", "高青县"}, {"370323", "沂源县"}};
    private static final String[][] OCCUPATIONS = {{"6-20-01-01", "钳工"}, {"6-18-02-04", "焊工"},
        {"4-12-01-01", "汽车维修工"}, {"6-18-01-01", "车工"}, {"6-31-01-03", "电工"}, {"6-26-01-05", "化工总控工"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"建国", "秀英", "立新", "海涛", "志强", "丽", "明", "伟", "静", "军", "磊", "洋",
        "勇", "艳", "杰", "娟", "涛", "超", "霞", "平", "刚", "桂英"};
    private static final String[] EMPLOYERS = {"山东淄博机械装备有限公司", "淄博张店宏达汽车维修有限公司", "齐鲁石化工程有限公司",
        "淄博博山陶瓷集团有限公司", "淄博临淄化工有限公司", "山东周村纺织有限公司", "淄博高青电力安装有限公司", "沂源县建筑安装公司"};
    private static final CreditCode[] CREDIT_CODES = creditCodes(EMPLOYERS.length);
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);
    private static final int BIRTH_DAYS = 13_000;
    private static final int BATCH = 10_000;
    private static final long SEED = 4;

    private static final String ARTISAN_COLUMNS = "tenant_id, version, name, resident_id, resident_key, birth_date, phone,"
            + " employer_name, employer_credit_code, employer_credit_override, occupation_code, occupation_name, region_code,"
            + " region_name, started_in_trade_on, registered_at, updated_at";
    private static final String ROUND_COLUMNS = "tenant_id, program_id, program_version, round_year, stage, notice_start,"
            + " notice_end, opened_at, cancel_reason";
    private static final String HONOR_COLUMNS = "tenant_id, program_id, program_name, tier_code, tier_name, honor_year,"
            + " round_id, artisan_id, decision_number, decision_date, issuing_body, certificate_number, revoked_reason,"
            + " revoked_detail, revoked_effective_on, revoked_approved_by, revoked_by_id, revoked_by_name";

    /**
     * What the load added, and what the check must find.
     *
     * @param artisans artisans now in the database, the library's included
     * @param honors honors now in the database, the library's included
     * @param bulkArtisanIds the ids of the artisans loaded here
     * @param activeGold the ids of every artisan with a {@code gold} honor of program A active on {@link
     *     PrioritySetup#AS_OF}, computed from the generated rows: what the check must find
     * @param honorKinds how many honors of each kind the database holds, for the report
     * @param seconds how long the load took, analysis included
     */
    record Loaded(long artisans, long honors, long[] bulkArtisanIds, BitSet activeGold, Map<String, Integer> honorKinds,
            double seconds) {
    }

    /** One honor to insert; a null revocation date means not revoked. */
    private record HonorRow(Round round, String tierCode, String tierName, int position, int sequence,
            LocalDate revokedOn) {
    }

    /** A round the honors go into, with its naming decision; id 0 until inserted. */
    private static final class Round {
        final HonorProgram program;
        final int year;
        final String decisionNumber;
        final LocalDate decisionDate;
        final String issuingBody;
        long id;
        final boolean bulk;

        Round(HonorProgram program, int year, String decisionNumber, LocalDate decisionDate, String issuingBody, long id) {
            this.program = program;
            this.year = year;
            this.decisionNumber = decisionNumber;
            this.decisionDate = decisionDate;
            this.issuingBody = issuingBody;
            this.id = id;
            this.bulk = id == 0;
        }
    }

    private PriorityBulkLoad() {
    }

    /**
     * Loads the artisans and honors that the library did not make, up to the totals asked for.
     *
     * @param db the database, set up by {@link PrioritySetup}
     * @param library what the library set up
     * @param totalArtisans artisans wanted in all
     * @param totalHonors honors wanted in all
     * @param out where to report progress
     * @return what was loaded
     * @throws SQLException if the database refuses
     */
    static Loaded load(BenchDatabase db, PrioritySetup.Library library, int totalArtisans, int totalHonors, PrintStream out)
            throws SQLException {
        long started = System.nanoTime();
        DataSource ds = db.dataSource();
        Writer writer = db.kind() == Database.POSTGRESQL ? new CopyWriter() : new BatchWriter();
        int n = totalArtisans - library.artisans().size();

        long t = System.nanoTime();
        String[] residentIds = new String[n];
        String[] keys = new String[n];
        BenchResidentKeys residentKeys = BenchResidentKeys.of(ds);
        for (int i = 0; i < n; i++) {
            residentIds[i] = residentId(REGIONS[i % REGIONS.length][0], birth(i), 1 + i / BIRTH_DAYS).value();
            keys[i] = residentKeys.of(residentIds[i]);
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        long libraryMaxId = library.artisans().stream().mapToLong(a -> a.value()).max().orElse(0);
        LocalDateTime registered = LocalDateTime.of(2016, 1, 4, 1, 30);
        try (Connection c = ds.getConnection()) {
            writer.insert(c, "tr_artisan", ARTISAN_COLUMNS, n, k -> {
                int i = order[k];
                LocalDate born = birth(i);
                String[] region = REGIONS[i % REGIONS.length];
                String[] occupation = OCCUPATIONS[i % OCCUPATIONS.length];
                LocalDateTime at = registered.plusMinutes(i * 3L % 2_600_000);
                return new Object[] {RawJdbc.TENANT, 1L, personName(i), residentIds[i], keys[i], born, null,
                    EMPLOYERS[i % EMPLOYERS.length], CREDIT_CODES[i % EMPLOYERS.length].value(), null, occupation[0],
                    occupation[1], region[0], region[1], born.plusYears(18 + i % 5), at, at};
            });
        }
        long[] ids = readIds(ds, "SELECT id FROM tr_artisan WHERE tenant_id = ? AND id > ? ORDER BY id", libraryMaxId, n);
        verifyArtisans(ds, ids, order, keys);
        out.printf(Locale.ROOT, "  setup: %,d artisans loaded (%.1f s)%n", n, seconds(t));

        t = System.nanoTime();
        List<HonorRow> rows = new ArrayList<>();
        List<Round> rounds = plan(library, totalHonors - library.honors().size(), n, rows);
        insertRounds(ds, rounds);
        try (Connection c = ds.getConnection()) {
            writer.insert(c, "tr_honor", HONOR_COLUMNS, rows.size(), k -> {
                HonorRow h = rows.get(k);
                Round r = h.round();
                boolean revoked = h.revokedOn() != null;
                return new Object[] {RawJdbc.TENANT, r.program.id().value(), r.program.definition().name(), h.tierCode(),
                    h.tierName(), r.year, r.id, ids[h.position()], r.decisionNumber, r.decisionDate, r.issuingBody,
                    String.format(Locale.ROOT, "%d-%s-%03d", r.year, h.tierCode(), h.sequence()),
                    revoked ? "FRAUD" : null, revoked ? "申报材料不实" : null, h.revokedOn(),
                    revoked ? r.issuingBody : null, revoked ? "bench-loader" : null, revoked ? "基准测试 批量导入" : null};
            });
            c.setAutoCommit(true);
            if (db.kind() == Database.POSTGRESQL) {
                // Planned on the statistics of empty tables, the NOT EXISTS below became a nested loop that ran
                // for over 15 minutes; with fresh statistics it is a hash anti-join of a second or two.
                try (Statement analyze = c.createStatement()) {
                    analyze.execute("ANALYZE tr_honor, tr_pool_member");
                }
            }
            try (PreparedStatement pool = c.prepareStatement("INSERT INTO tr_pool_member (tenant_id, artisan_id, source,"
                    + " honor_id, program_id, tier_code, honor_year, since_date, until_date, leave_reason, entered_by_id,"
                    + " entered_by_name, left_by_id, left_by_name) SELECT h.tenant_id, h.artisan_id, 'HONOR', h.id,"
                    + " h.program_id, h.tier_code, h.honor_year, h.decision_date, h.revoked_effective_on,"
                    + " CASE WHEN h.revoked_effective_on IS NULL THEN NULL ELSE 'HONOR_REVOKED' END, 'bench-loader',"
                    + " 'bench-loader', h.revoked_by_id, h.revoked_by_name FROM tr_honor h WHERE h.tenant_id = ?"
                    + " AND h.tier_code IN (?, ?) AND NOT EXISTS (SELECT 1 FROM tr_pool_member p WHERE p.honor_id = h.id)")) {
                pool.setString(1, RawJdbc.TENANT);
                pool.setString(2, PrioritySetup.GOLD);
                pool.setString(3, PrioritySetup.EXPERT);
                pool.executeUpdate();
            }
        }
        out.printf(Locale.ROOT, "  setup: %,d honors loaded in %d rounds, with their naming decisions and pool memberships"
                + " (%.1f s)%n", rows.size(), rounds.stream().filter(r -> r.bulk).count(), seconds(t));

        t = System.nanoTime();
        analyze(db);
        out.printf(Locale.ROOT, "  setup: statistics gathered (%.1f s)%n", seconds(t));

        BitSet activeGold = new BitSet();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (HonorRow h : rows) {
            boolean programA = h.round().program.id().equals(library.goldProgram().id());
            boolean gold = programA && h.tierCode().equals(PrioritySetup.GOLD);
            boolean active = !h.round().decisionDate.isAfter(PrioritySetup.AS_OF)
                    && (h.revokedOn() == null || h.revokedOn().isAfter(PrioritySetup.AS_OF));
            kinds.merge(kind(programA, h.tierCode(), h.round().decisionDate, h.revokedOn()), 1, Integer::sum);
            if (gold && active) {
                activeGold.set(Math.toIntExact(ids[h.position()]));
            }
        }
        for (Honor h : library.honors()) {
            boolean programA = h.programId().equals(library.goldProgram().id());
            boolean gold = programA && h.tierCode().equals(PrioritySetup.GOLD);
            kinds.merge(kind(programA, h.tierCode(), h.decision().date(), h.revocation().map(r -> r.effectiveOn()).orElse(null)),
                    1, Integer::sum);
            if (gold && h.isActiveOn(PrioritySetup.AS_OF)) {
                activeGold.set(Math.toIntExact(h.artisanId().value()));
            }
        }
        long artisans = count(ds, "SELECT COUNT(*) FROM tr_artisan WHERE tenant_id = ?");
        long honors = count(ds, "SELECT COUNT(*) FROM tr_honor WHERE tenant_id = ?");
        if (artisans != totalArtisans || honors != totalHonors) {
            throw new IllegalStateException("the database holds " + artisans + " artisans and " + honors + " honors; expected "
                    + totalArtisans + " and " + totalHonors);
        }
        return new Loaded(artisans, honors, ids, activeGold, kinds, seconds(started));
    }

    private static String kind(boolean goldProgram, String tier, LocalDate decided, LocalDate revokedOn) {
        String revoked = revokedOn == null ? "" : ", revoked";
        if (!goldProgram) {
            return "program B 淄博市技术能手 (no priority)" + revoked;
        }
        if (!tier.equals(PrioritySetup.GOLD)) {
            return "program A, tier " + tier + " (no priority)" + revoked;
        }
        if (decided.isAfter(PrioritySetup.AS_OF)) {
            return "gold, named after the check date (2025)";
        }
        if (revokedOn == null) {
            return "gold, active";
        }
        return revokedOn.isAfter(PrioritySetup.AS_OF) ? "gold, revoked only after the check date (still active)"
                : "gold, revoked on or before the check date";
    }

    /**
     * Plans the bulk honors: 55% gold and 20% nominee tier in program A's rounds of 2012-2024 (the library
     * made 2018), 5% gold in the library's 2025 round, 20% in program B's rounds of 2014-2024 (the library
     * made 2020). Of program A's gold honors 9% are revoked before the check date, 1% on it and 3% after it;
     * of the others 5% before it. Each round's honors go to distinct artisans, drawn at random.
     */
    private static List<Round> plan(PrioritySetup.Library library, int bulkHonors, int artisans, List<HonorRow> rows) {
        SplittableRandom random = new SplittableRandom(SEED);
        HonorProgram gold = library.goldProgram();
        HonorProgram other = library.otherProgram();
        List<Round> goldRounds = new ArrayList<>();
        for (int year = PrioritySetup.FIRST_YEAR; year <= 2024; year++) {
            if (year != 2018) {
                goldRounds.add(new Round(gold, year, "淄工发〔" + year + "〕12号", LocalDate.of(year, 4, 28), "淄博市总工会", 0));
            }
        }
        List<Round> otherRounds = new ArrayList<>();
        for (int year = 2014; year <= 2024; year++) {
            if (year != 2020) {
                otherRounds.add(new Round(other, year, "淄人社发〔" + year + "〕7号", LocalDate.of(year, 5, 20),
                        "淄博市人力资源和社会保障局", 0));
            }
        }
        Honor named2025 = library.honors().stream().filter(h -> h.year() == 2025).findFirst().orElseThrow();
        Round round2025 = new Round(gold, 2025, named2025.decision().number(), named2025.decision().date(),
                named2025.decision().issuingBody(), named2025.roundId().value());
        int in2025 = (int) library.honors().stream().filter(h -> h.year() == 2025).count();

        int goldCount = bulkHonors * 55 / 100;
        int nomineeCount = bulkHonors * 20 / 100;
        int lateCount = bulkHonors * 5 / 100;
        int otherCount = bulkHonors - goldCount - nomineeCount - lateCount;
        int[] taken = new int[artisans];
        int stamp = 0;
        for (int r = 0; r < goldRounds.size(); r++) {
            Round round = goldRounds.get(r);
            stamp++;
            int golds = share(goldCount, goldRounds.size(), r);
            int nominees = share(nomineeCount, goldRounds.size(), r);
            for (int k = 0; k < golds; k++) {
                double u = random.nextDouble();
                LocalDate revoked = u < 0.09 ? revokedBefore(round.decisionDate, random)
                        : u < 0.10 ? PrioritySetup.AS_OF
                        : u < 0.13 ? PrioritySetup.AS_OF.plusDays(1 + random.nextInt(700)) : null;
                rows.add(new HonorRow(round, PrioritySetup.GOLD, tierName(gold, PrioritySetup.GOLD),
                        draw(random, taken, stamp), k + 1, revoked));
            }
            for (int k = 0; k < nominees; k++) {
                rows.add(new HonorRow(round, PrioritySetup.NOMINEE, tierName(gold, PrioritySetup.NOMINEE),
                        draw(random, taken, stamp), k + 1, random.nextDouble() < 0.05 ? revokedBefore(round.decisionDate, random)
                                : null));
            }
        }
        stamp++;
        for (int k = 0; k < lateCount; k++) {
            rows.add(new HonorRow(round2025, PrioritySetup.GOLD, tierName(gold, PrioritySetup.GOLD), draw(random, taken, stamp),
                    in2025 + k + 1, null));
        }
        for (int r = 0; r < otherRounds.size(); r++) {
            Round round = otherRounds.get(r);
            stamp++;
            int count = share(otherCount, otherRounds.size(), r);
            for (int k = 0; k < count; k++) {
                rows.add(new HonorRow(round, PrioritySetup.EXPERT, tierName(other, PrioritySetup.EXPERT),
                        draw(random, taken, stamp), k + 1, random.nextDouble() < 0.05
                                ? revokedBefore(round.decisionDate, random) : null));
            }
        }
        List<Round> all = new ArrayList<>(goldRounds);
        all.addAll(otherRounds);
        all.add(round2025);
        return all;
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    /** A random artisan position not yet drawn for the round marked {@code stamp}. */
    private static int draw(SplittableRandom random, int[] taken, int stamp) {
        while (true) {
            int p = random.nextInt(taken.length);
            if (taken[p] != stamp) {
                taken[p] = stamp;
                return p;
            }
        }
    }

    /** A revocation taking effect between a month after the decision and the day before the check date. */
    private static LocalDate revokedBefore(LocalDate decided, SplittableRandom random) {
        LocalDate from = decided.plusDays(30);
        long days = ChronoUnit.DAYS.between(from, PrioritySetup.AS_OF);
        return from.plusDays(random.nextLong(Math.max(1, days)));
    }

    private static String tierName(HonorProgram program, String code) {
        return program.definition().tiers().stream().filter(t -> t.code().equals(code)).map(HonorTier::name).findFirst()
                .orElseThrow();
    }

    private static void insertRounds(DataSource ds, List<Round> rounds) throws SQLException {
        List<Round> bulk = rounds.stream().filter(r -> r.bulk).toList();
        try (Connection c = ds.getConnection()) {
            new BatchWriter().insert(c, "tr_selection_round", ROUND_COLUMNS, bulk.size(), k -> {
                Round r = bulk.get(k);
                LocalDate noticeStart = r.decisionDate.minusDays(13);
                return new Object[] {RawJdbc.TENANT, r.program.id().value(), r.program.version(), r.year, "NAMED", noticeStart,
                    noticeStart.plusDays(6), LocalDateTime.of(r.year, 1, 10, 1, 0), null};
            });
            c.setAutoCommit(true);
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM tr_selection_round WHERE tenant_id = ?"
                    + " AND program_id = ? AND round_year = ?")) {
                for (Round r : bulk) {
                    q.setString(1, RawJdbc.TENANT);
                    q.setLong(2, r.program.id().value());
                    q.setInt(3, r.year);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        r.id = rs.getLong(1);
                    }
                }
            }
            new BatchWriter().insert(c, "tr_naming_decision", "tenant_id, decision_number, round_id", bulk.size(), k ->
                    new Object[] {RawJdbc.TENANT, bulk.get(k).decisionNumber, bulk.get(k).id});
            c.setAutoCommit(true);
        }
    }

    private static long[] readIds(DataSource ds, String sql, long after, int expected) throws SQLException {
        long[] ids = new long[expected];
        int k = 0;
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, RawJdbc.TENANT);
            q.setLong(2, after);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (k == expected) {
                        throw new IllegalStateException("more than the " + expected + " rows loaded: " + sql);
                    }
                    ids[k++] = rs.getLong(1);
                }
            }
        }
        if (k != expected) {
            throw new IllegalStateException(k + " rows loaded, expected " + expected + ": " + sql);
        }
        return ids;
    }

    /** Checks that the ids, read back in order, belong to the rows in the order they were inserted. */
    private static void verifyArtisans(DataSource ds, long[] ids, Integer[] order, String[] keys) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT resident_key FROM tr_artisan WHERE id = ?")) {
            for (int k : new int[] {0, 1, ids.length / 3, ids.length / 2, ids.length - 1}) {
                q.setLong(1, ids[k]);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (!rs.getString(1).equals(keys[order[k]])) {
                        throw new IllegalStateException("artisan id " + ids[k] + " is not the row inserted " + k + "th");
                    }
                }
            }
        }
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, RawJdbc.TENANT);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void analyze(BenchDatabase db) throws SQLException {
        List<String> statements = switch (db.kind()) {
            case POSTGRESQL -> List.of("VACUUM ANALYZE tr_artisan", "VACUUM ANALYZE tr_honor", "VACUUM ANALYZE tr_selection_round",
                    "VACUUM ANALYZE tr_pool_member", "CHECKPOINT");
            case MARIADB, MYSQL -> List.of("ANALYZE TABLE tr_artisan, tr_honor, tr_selection_round, tr_pool_member");
            case H2 -> List.of("ANALYZE", "CHECKPOINT");
        };
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * A birth date, one of 13,000 days, spread by a step prime to their number.
     *
     * @param i any number
     * @return the date
     */
    static LocalDate birth(int i) {
        return FIRST_BIRTH.plusDays(i * 7919L % BIRTH_DAYS);
    }

    /**
     * A made-up Chinese name.
     *
     * @param i any number
     * @return the name
     */
    static String personName(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length];
    }

    /**
     * A valid GB 11643 number.
     *
     * @param region the six-digit region code
     * @param birth the birth date
     * @param sequence 1 to 999
     * @return the number
     */
    static ResidentId residentId(String region, LocalDate birth, int sequence) {
        return ResidentId.completing(region + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), sequence));
    }

    /**
     * One of a few employers with valid credit codes.
     *
     * @param i any number
     * @return the employer
     */
    static Employer employer(int i) {
        return Employer.of(EMPLOYERS[i % EMPLOYERS.length], CREDIT_CODES[i % EMPLOYERS.length]);
    }

    /**
     * One of a few occupations.
     *
     * @param i any number
     * @return the occupation
     */
    static Occupation occupation(int i) {
        String[] o = OCCUPATIONS[i % OCCUPATIONS.length];
        return Occupation.of(o[0], o[1]);
    }

    private static CreditCode[] creditCodes(int count) {
        CreditCode[] codes = new CreditCode[count];
        for (int i = 0; i < count; i++) {
            codes[i] = CreditCode.completing(String.format(Locale.ROOT, "91370303MA3C%05d", 100 + i * 37));
        }
        return codes;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Writes generated rows into a table. */
    private interface Writer {
        /**
         * Inserts rows; the connection is left in manual-commit mode with everything committed.
         *
         * @param c the connection
         * @param table the table
         * @param columns its columns, comma-separated
         * @param count how many rows
         * @param row the values of the k-th row, in column order (String, Long, Integer, LocalDate,
         *     LocalDateTime or null)
         * @throws SQLException if the database refuses
         */
        void insert(Connection c, String table, String columns, int count, IntFunction<Object[]> row) throws SQLException;
    }

    /** JDBC batches of {@link #BATCH} rows, one transaction each. */
    private static final class BatchWriter implements Writer {
        @Override
        public void insert(Connection c, String table, String columns, int count, IntFunction<Object[]> row)
                throws SQLException {
            int width = columns.split(",").length;
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(width - 1) + "?)";
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int k = 0; k < count; k++) {
                    Object[] values = row.apply(k);
                    for (int j = 0; j < width; j++) {
                        insert.setObject(j + 1, values[j]);
                    }
                    insert.addBatch();
                    if ((k + 1) % BATCH == 0 || k + 1 == count) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** One {@code COPY ... FROM STDIN} in text format, fed in pieces. */
    private static final class CopyWriter implements Writer {
        @Override
        public void insert(Connection c, String table, String columns, int count, IntFunction<Object[]> row)
                throws SQLException {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
            try {
                StringBuilder text = new StringBuilder(1 << 20);
                for (int k = 0; k < count; k++) {
                    Object[] values = row.apply(k);
                    for (int j = 0; j < values.length; j++) {
                        if (j > 0) {
                            text.append('\t');
                        }
                        append(text, values[j]);
                    }
                    text.append('\n');
                    if (text.length() > (1 << 20) - 4096 || k + 1 == count) {
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        text.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            c.commit();
        }

        private static void append(StringBuilder text, Object value) {
            if (value == null) {
                text.append("\\N");
                return;
            }
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
    }
}
