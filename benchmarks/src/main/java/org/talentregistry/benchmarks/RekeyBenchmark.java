package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.benchmarks.Options.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * Times the one-off re-keying of resident keys that the first store to start after migration V019 does: a
 * database holding {@code --artisans} artisans whose keys are the unkeyed SHA-256 written before V019, and a
 * store's {@code prepare()} turning each into the HMAC under the database's secret. Then the start of a
 * store on the re-keyed database, which only reads the secret. Every key is checked afterwards.
 */
public final class RekeyBenchmark {
    static final String USAGE = """
            usage: java -cp benchmarks/target/benchmarks.jar org.talentregistry.benchmarks.RekeyBenchmark [options]
            """ + CommandLine.DB_OPTION + """
              --artisans 100000            artisans whose keys are re-keyed
            """ + CommandLine.H2_DIR_OPTION + CommandLine.REACHING_DATABASES;
    private static final TenantId TENANT = TenantId.of("rekey");
    private static final Instant AT = Instant.parse("2024-01-02T01:00:00Z");
    private static final int BATCH = 5_000;

    private record Settings(List<Database> databases, int artisans, Path h2) {
        static Settings parse(String[] args) {
            List<Database> databases = List.of(Database.H2, Database.POSTGRESQL, Database.MARIADB);
            int artisans = 100_000;
            Path h2 = CommandLine.defaultH2Directory();
            for (Map.Entry<String, String> pair : CommandLine.pairs(args)) {
                switch (pair.getKey()) {
                    case "--db" -> databases = CommandLine.databases(pair.getValue());
                    case "--artisans" -> artisans = CommandLine.number("--artisans", pair.getValue(), 1_000, 5_000_000);
                    case "--h2-dir" -> h2 = Path.of(pair.getValue());
                    default -> throw new IllegalArgumentException("unknown option " + pair.getKey());
                }
            }
            return new Settings(databases, artisans, h2);
        }
    }

    private RekeyBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the usage
     */
    public static void main(String[] args) {
        Settings settings = CommandLine.parseOrExit(args, Settings::parse, USAGE);
        PrintStream out = System.out;
        EachDatabase.printMachine(out, "Resident-key re-keying benchmark");
        boolean failed = EachDatabase.run(settings.databases(), out, database -> {
            try (BenchDatabase db = BenchDatabase.create(database, settings.h2())) {
                out.println(db.kind() + " " + db.version() + " at " + db.where());
                DataSource ds = db.dataSource();
                long t = System.nanoTime();
                register(JdbcRegistryStore.create(ds), settings.artisans());
                out.printf(Locale.ROOT, "  %,d artisans registered in %.1f s%n", settings.artisans(), seconds(t));
                t = System.nanoTime();
                unkey(ds);
                out.printf(Locale.ROOT, "  their keys set back to the unkeyed SHA-256 in %.1f s%n", seconds(t));

                t = System.nanoTime();
                JdbcRegistryStore.builder(ds).migrate(false).build().prepare();
                double rekey = seconds(t);
                out.printf(Locale.ROOT, "  re-keyed by the next store's prepare() in %.2f s%n", rekey);
                long wrong = check(ds, settings.artisans());
                if (wrong != 0) {
                    throw new IllegalStateException(wrong + " keys are not the HMAC under the database's secret");
                }
                t = System.nanoTime();
                JdbcRegistryStore.builder(ds).migrate(false).build().prepare();
                double again = seconds(t) * 1000;
                return String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.1f |", db.kind().label(),
                        settings.artisans(), rekey, settings.artisans() / rekey, again);
            }
        }, (line, o) -> {
            o.println("| database | artisans | re-keying, s | artisans/s | a later store's prepare(), ms |");
            o.println("| --- | ---: | ---: | ---: | ---: |");
            o.println(line);
        });
        if (failed) {
            System.exit(1);
        }
    }

    private static void register(JdbcRegistryStore store, int count) {
        for (int first = 0; first < count; first += BATCH) {
            List<ArtisanDetails> batch = new ArrayList<>(BATCH);
            for (int i = first; i < Math.min(first + BATCH, count); i++) {
                batch.add(artisan(i));
            }
            store.inTransaction(TENANT, s -> s.artisans().insertAll(batch, AT));
        }
    }

    private static ArtisanDetails artisan(int i) {
        LocalDate birth = PriorityBulkLoad.birth(i);
        String[] region = PriorityBulkLoad.REGIONS[i % PriorityBulkLoad.REGIONS.length];
        return ArtisanDetails.builder()
                .name(PriorityBulkLoad.personName(i))
                .residentId(PriorityBulkLoad.residentId(region[0], birth, 1 + i / 13_000))
                .employer(PriorityBulkLoad.employer(i))
                .occupation(PriorityBulkLoad.occupation(i))
                .region(Region.of(region[0], region[1]))
                .startedInTradeOn(birth.plusYears(20))
                .addCertificate(SkillCertificate.builder()
                        .level(SkillLevel.TECHNICIAN)
                        .occupation(PriorityBulkLoad.occupation(i))
                        .number(String.format(Locale.ROOT, "REKEY-%07d", i))
                        .issuer("淄博市人力资源和社会保障局")
                        .issuedOn(LocalDate.of(2015, 6, 1))
                        .build())
                .build();
    }

    /** Writes what a database migrated before V019 holds: the unkeyed digests, and no word that keys are keyed. */
    private static void unkey(DataSource ds) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, resident_id FROM tr_artisan")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    numbers.add(rs.getString(2));
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE tr_artisan SET resident_key = ? WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    update.setString(1, HexFormat.of().formatHex(sha256.digest(numbers.get(i).getBytes(StandardCharsets.US_ASCII))));
                    update.setLong(2, ids.get(i));
                    update.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        update.executeBatch();
                        c.commit();
                    }
                }
                update.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM tr_registry_setting WHERE setting_name = 'resident-key.scheme'");
            }
            c.commit();
        }
    }

    /** Counts the artisans whose key is not the HMAC of their number under the database's secret. */
    private static long check(DataSource ds, int expected) throws Exception {
        BenchResidentKeys keys = BenchResidentKeys.of(ds);
        long rows = 0;
        long wrong = 0;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT resident_id, resident_key FROM tr_artisan")) {
            while (rs.next()) {
                rows++;
                if (!keys.of(rs.getString(1)).equals(rs.getString(2))) {
                    wrong++;
                }
            }
        }
        if (rows != expected) {
            throw new IllegalStateException(rows + " artisans, expected " + expected);
        }
        return wrong;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
