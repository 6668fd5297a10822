package org.talentregistry.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.talentregistry.benchmarks.Options.Database;

/**
 * Shows, with plain SQL and no registry in the way, whether a database's snapshots can see one transaction
 * without an earlier one it built on: eight sessions each insert a row and add one to a shared count in one
 * transaction, and a ninth reads the rows and the count in one statement at REPEATABLE READ, over and over.
 * A reading that finds the count ahead of the rows is read skew. The vote store's contract test meets the same
 * on InnoDB (MariaDB, and the MySQL path on it), where a vote and its tally commit together; this program is
 * the evidence that it is the database's.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.talentregistry.benchmarks.ReadSkewProbe [--db mariadb,postgresql]
 * [--seconds 45] [--lock yes]}; {@code --lock yes} makes the reader take {@code LOCK IN SHARE MODE} ({@code FOR
 * SHARE} on PostgreSQL) and retry when chosen as a deadlock's victim.
 */
public final class ReadSkewProbe {
    private static final int WRITERS = 8;

    private ReadSkewProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the options above
     * @throws Exception if a database cannot be reached
     */
    public static void main(String[] args) throws Exception {
        List<Database> databases = List.of(Database.MARIADB, Database.POSTGRESQL);
        int seconds = 45;
        boolean lock = false;
        for (var option : CommandLine.pairs(args)) {
            switch (option.getKey()) {
                case "--db" -> databases = CommandLine.databases(option.getValue());
                case "--seconds" -> seconds = Integer.parseInt(option.getValue());
                case "--lock" -> lock = option.getValue().equals("yes");
                default -> throw new IllegalArgumentException("unknown option " + option.getKey());
            }
        }
        Path h2 = Files.createTempDirectory("read-skew");
        for (Database database : databases) {
            try (BenchDatabase db = BenchDatabase.create(database, h2)) {
                System.out.println(database + " " + db.version() + ": " + probe(db, seconds, lock));
            }
        }
    }

    private static String probe(BenchDatabase db, int seconds, boolean lock) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE skew_rows (id BIGINT PRIMARY KEY)");
            s.execute("CREATE TABLE skew_count (id INT PRIMARY KEY, n BIGINT NOT NULL)");
            s.execute("INSERT INTO skew_count VALUES (1, 0)");
        }
        long end = System.currentTimeMillis() + seconds * 1000L;
        AtomicLong next = new AtomicLong();
        AtomicLong commits = new AtomicLong();
        AtomicLong writerFailures = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> write(db, end, next, commits, writerFailures), "skew-writer-" + w);
            writer.start();
            writers.add(writer);
        }
        String share = lock ? (db.kind() == Database.POSTGRESQL ? " FOR SHARE" : " LOCK IN SHARE MODE") : "";
        long readings = 0;
        long skewed = 0;
        long victims = 0;
        try (Connection c = db.dataSource().getConnection()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("SELECT (SELECT COUNT(*) FROM (SELECT id FROM skew_rows"
                    + share + ") r) - (SELECT n FROM skew_count WHERE id = 1" + share + ")")) {
                while (System.currentTimeMillis() < end) {
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        readings++;
                        skewed += rs.getLong(1) != 0 ? 1 : 0;
                        c.commit();
                    } catch (SQLTransactionRollbackException e) {
                        c.rollback();
                        victims++;
                    }
                }
            }
        }
        for (Thread writer : writers) {
            writer.join();
        }
        return String.format(Locale.ROOT, "%,d readings%s, %,d with the count ahead of or behind the rows;"
                + " %,d commits by %d writers, %,d of them refused as a deadlock's victim; reader a victim %,d times",
                readings, lock ? " (locking)" : "", skewed, commits.get(), WRITERS, writerFailures.get(), victims);
    }

    private static void write(BenchDatabase db, long end, AtomicLong next, AtomicLong commits, AtomicLong failures) {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO skew_rows VALUES (?)");
                PreparedStatement add = c.prepareStatement("UPDATE skew_count SET n = n + 1 WHERE id = 1")) {
            c.setAutoCommit(false);
            while (System.currentTimeMillis() < end) {
                try {
                    insert.setLong(1, next.incrementAndGet());
                    insert.executeUpdate();
                    add.executeUpdate();
                    c.commit();
                    commits.incrementAndGet();
                } catch (SQLTransactionRollbackException e) {
                    c.rollback();
                    failures.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
