package org.talentregistry.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.benchmarks.Options.Database;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * Times reading the audit trail of a period from a large table: the first page of a month
 * ({@code AuditTrail.between}) and the whole month exported as CSV ({@code Exchange.exportAudit}), for the
 * last month of two years of events and for a month in the middle.
 *
 * <p>The table is filled through the store's own bulk append ({@code AuditStore.appendAll}, as an import
 * writes its events): {@code --events} events spread evenly over 2025 and 2026, the tenants taking turns, so
 * that each month of one tenant holds {@code events / tenants / 24} events among every tenant's.
 */
public final class AuditBenchmarks {
    static final String USAGE = """
            usage: java -cp benchmarks/target/benchmarks.jar org.talentregistry.benchmarks.AuditBenchmarks [options]
            """ + CommandLine.DB_OPTION + """
              --events 1000000             audit events in the table, all tenants together
              --tenants 10                 tenants taking turns
              --repeats 5                  measurements of each read; the median counts
            """ + CommandLine.H2_DIR_OPTION + CommandLine.REACHING_DATABASES;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int MONTHS = 24;
    private static final Actor ACTOR = Actor.system("benchmark-audit");
    private static final String AFTER = "{\"name\":\"王*\",\"residentId\":\"370303********1234\",\"occupation\":\"6-18-01-01 车工\"}";

    private record Settings(List<Database> databases, int events, int tenants, int repeats, Path h2) {
        static Settings parse(String[] args) {
            List<Database> databases = List.of(Database.H2, Database.POSTGRESQL, Database.MARIADB);
            int events = 1_000_000;
            int tenants = 10;
            int repeats = 5;
            Path h2 = CommandLine.defaultH2Directory();
            for (Map.Entry<String, String> pair : CommandLine.pairs(args)) {
                switch (pair.getKey()) {
                    case "--db" -> databases = CommandLine.databases(pair.getValue());
                    case "--events" -> events = CommandLine.number("--events", pair.getValue(), 10_000, 10_000_000);
                    case "--tenants" -> tenants = CommandLine.number("--tenants", pair.getValue(), 1, 1_000);
                    case "--repeats" -> repeats = CommandLine.number("--repeats", pair.getValue(), 1, 99);
                    case "--h2-dir" -> h2 = Path.of(pair.getValue());
                    default -> throw new IllegalArgumentException("unknown option " + pair.getKey());
                }
            }
            return new Settings(databases, events, tenants, repeats, h2);
        }
    }

    private AuditBenchmarks() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the usage
     */
    public static void main(String[] args) {
        Settings settings = CommandLine.parseOrExit(args, Settings::parse, USAGE);
        PrintStream out = System.out;
        EachDatabase.printMachine(out, "Audit trail benchmark");
        boolean failed = EachDatabase.run(settings.databases(), out, database -> {
            try (BenchDatabase db = BenchDatabase.create(database, settings.h2())) {
                out.println(db.kind() + " " + db.version() + " at " + db.where());
                JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource());
                long started = System.nanoTime();
                fill(store, settings);
                gatherStatistics(db);
                out.printf(Locale.ROOT, "  %,d events in %.1f s%n", settings.events(), (System.nanoTime() - started) / 1e9);
                TalentRegistry registry = TalentRegistry.builder(store).tenant(tenant(3)).build();
                List<String> lines = new ArrayList<>(List.of("| database | read | rows | median ms | min ms | max ms |",
                        "| --- | --- | ---: | ---: | ---: | ---: |"));
                for (int month : new int[] {MONTHS - 1, MONTHS / 2}) {
                    Instant from = monthStart(month);
                    Instant to = monthStart(month + 1);
                    String which = month == MONTHS - 1 ? "the last month" : "a middle month";
                    lines.add(measure(out, db.kind().label(), "first page of " + which, settings.repeats(),
                            () -> registry.audit().between(from, to, 0, 1000).size()));
                    lines.add(measure(out, db.kind().label(), "export of " + which + " (CSV)", settings.repeats(),
                            () -> Exchange.of(registry).exportAudit(from, to, SheetFormat.CSV, OutputStream.nullOutputStream())));
                }
                return lines;
            }
        }, (lines, o) -> lines.forEach(o::println));
        if (failed) {
            System.exit(1);
        }
    }

    private static void fill(JdbcRegistryStore store, Settings settings) {
        long spanMillis = Duration.between(START, monthStart(MONTHS)).toMillis();
        int batch = 10_000;
        for (int first = 0; first < settings.events(); first += batch) {
            List<List<AuditEvent>> byTenant = new ArrayList<>();
            for (int t = 0; t < settings.tenants(); t++) {
                byTenant.add(new ArrayList<>());
            }
            for (int i = first; i < Math.min(first + batch, settings.events()); i++) {
                Instant at = START.plusMillis(spanMillis * i / settings.events());
                byTenant.get(i % settings.tenants()).add(AuditEvent.of(at, ACTOR, "artisan.updated", "artisan",
                        Integer.toString(i), null, AFTER, null));
            }
            for (int t = 0; t < settings.tenants(); t++) {
                List<AuditEvent> events = byTenant.get(t);
                store.inTransaction(tenant(t), session -> {
                    session.audit().appendAll(events);
                    return null;
                });
            }
        }
    }

    private static String measure(PrintStream out, String database, String what, int repeats, LongSupplier read) {
        read.getAsLong();
        double[] millis = new double[repeats];
        long rows = 0;
        for (int i = 0; i < repeats; i++) {
            long started = System.nanoTime();
            rows = read.getAsLong();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        String line = String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.1f |", database, what, rows,
                millis[repeats / 2], millis[0], millis[repeats - 1]);
        out.println("  " + line);
        return line;
    }

    private static void gatherStatistics(BenchDatabase db) throws Exception {
        String sql = switch (db.kind()) {
            case POSTGRESQL -> "ANALYZE tr_audit_event";
            case MARIADB, MYSQL -> "ANALYZE TABLE tr_audit_event";
            case H2 -> "ANALYZE";
        };
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Instant monthStart(int month) {
        return START.atZone(ZoneOffset.UTC).plusMonths(month).toInstant();
    }

    private static TenantId tenant(int t) {
        return TenantId.of("audit-" + t);
    }
}
