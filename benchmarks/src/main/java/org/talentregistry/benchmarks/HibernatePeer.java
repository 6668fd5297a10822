package org.talentregistry.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The single-vote caster a user who does not take the library writes, as issue 14 describes it: Hibernate,
 * an entity per vote, a transaction per vote ({@code persist}, commit), a duplicate known by the primary
 * key's refusal at the flush and rolled back. It stores the same 32-byte HMAC key as the library into {@code
 * bench_vote}; it keeps no tally and checks no round, so it does less than the library's cast. Each cast opens
 * a session on the shared pool, as a request handler would. Hibernate keeps its defaults, under which it logs
 * every refused duplicate as a warning.
 */
final class HibernatePeer implements AutoCloseable {
    /** The side's name in the report. */
    static final String NAME = "Hibernate, transaction per vote";

    private final SessionFactory sessions;

    /**
     * Builds a session factory on the pool.
     *
     * @param dataSource the pool
     */
    HibernatePeer(DataSource dataSource) {
        Configuration configuration = new Configuration().addAnnotatedClass(PeerVote.class);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "0");
        sessions = configuration.buildSessionFactory();
    }

    /**
     * Casts one vote in a transaction of its own.
     *
     * @param vote the vote
     * @param roundId the round
     * @return true if stored, false for a duplicate
     */
    boolean cast(long roundId, RawVote vote) {
        try (Session session = sessions.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                session.persist(new PeerVote(roundId, vote));
                tx.commit();
                return true;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        sessions.close();
    }

    /** The key of a vote. */
    @Embeddable
    public static class VoteKey implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "round_id")
        private long roundId;

        @Column(name = "voter_key", length = 32)
        private byte[] voterKey;

        /** For Hibernate. */
        protected VoteKey() {
        }

        VoteKey(long roundId, byte[] voterKey) {
            this.roundId = roundId;
            this.voterKey = voterKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VoteKey k && k.roundId == roundId && Arrays.equals(k.voterKey, voterKey);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(roundId) * 31 + Arrays.hashCode(voterKey);
        }
    }

    /** A vote, mapped to {@code bench_vote}. */
    @Entity
    @Table(name = "bench_vote")
    public static class PeerVote {
        @EmbeddedId
        private VoteKey id;

        @Column(name = "tenant_id")
        private String tenantId;

        @Column(name = "nomination_id")
        private long nominationId;

        @Column(name = "cast_at")
        private LocalDateTime castAt;

        /** For Hibernate. */
        protected PeerVote() {
        }

        PeerVote(long roundId, RawVote vote) {
            this.id = new VoteKey(roundId, vote.voterKey());
            this.tenantId = RawJdbc.TENANT;
            this.nominationId = vote.nominee();
            this.castAt = vote.castAt();
        }
    }
}
