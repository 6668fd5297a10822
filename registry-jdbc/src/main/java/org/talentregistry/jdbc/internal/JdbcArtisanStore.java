package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.HonorId;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.spi.ArtisanStore;
import org.talentregistry.spi.ErasableField;

/** Artisans in {@code tr_artisan}, their certificates in {@code tr_skill_certificate}. */
final class JdbcArtisanStore implements ArtisanStore {
    private static final String COLUMNS = "a.id, a.version, a.name, a.resident_id, a.birth_date, a.phone, a.employer_name,"
            + " a.employer_credit_code, a.employer_credit_override, a.occupation_code, a.occupation_name,"
            + " a.region_code, a.region_name, a.started_in_trade_on, a.registered_at, a.updated_at";
    /** A certificate's fields, in the order {@link #certificate} reads them. */
    private static final String CERTIFICATE_FIELDS = "c.level_rank, c.occupation_code, c.occupation_name, c.cert_number,"
            + " c.issuer, c.issued_on, c.valid_until";
    private static final String CERTIFICATE_COLUMNS = "c.artisan_id, " + CERTIFICATE_FIELDS;
    /** Where {@link #CERTIFICATE_FIELDS} begin in {@link #CERTIFICATE_COLUMNS}. */
    private static final int FIELDS = SqlValues.position(CERTIFICATE_COLUMNS, "c.level_rank");
    /** The certificate's columns beside the artisan's, read by position (the names repeat the artisan's). */
    private static final String JOINED_CERTIFICATE_COLUMNS = "c.position, " + CERTIFICATE_FIELDS;
    private static final int ID = SqlValues.position(COLUMNS, "a.id");
    private static final int VERSION = SqlValues.position(COLUMNS, "a.version");
    private static final int NAME = SqlValues.position(COLUMNS, "a.name");
    private static final int RESIDENT_ID = SqlValues.position(COLUMNS, "a.resident_id");
    private static final int BIRTH_DATE = SqlValues.position(COLUMNS, "a.birth_date");
    /** Where {@link #findAllByResidentId} reads the resident key, after the artisan's columns. */
    private static final int KEY_AFTER_COLUMNS = SqlValues.count(COLUMNS) + 1;
    private static final int PHONE = SqlValues.position(COLUMNS, "a.phone");
    private static final int EMPLOYER_NAME = SqlValues.position(COLUMNS, "a.employer_name");
    private static final int CREDIT_CODE = SqlValues.position(COLUMNS, "a.employer_credit_code");
    private static final int CREDIT_OVERRIDE = SqlValues.position(COLUMNS, "a.employer_credit_override");
    private static final int OCCUPATION_CODE = SqlValues.position(COLUMNS, "a.occupation_code");
    private static final int OCCUPATION_NAME = SqlValues.position(COLUMNS, "a.occupation_name");
    private static final int REGION_CODE = SqlValues.position(COLUMNS, "a.region_code");
    private static final int REGION_NAME = SqlValues.position(COLUMNS, "a.region_name");
    private static final int STARTED = SqlValues.position(COLUMNS, "a.started_in_trade_on");
    private static final int REGISTERED = SqlValues.position(COLUMNS, "a.registered_at");
    private static final int UPDATED = SqlValues.position(COLUMNS, "a.updated_at");
    /** Positions of the joined certificate's columns, after the artisan's. */
    private static final int C_POSITION = SqlValues.count(COLUMNS) + SqlValues.position(JOINED_CERTIFICATE_COLUMNS, "c.position");
    private static final int C_FIELDS = SqlValues.count(COLUMNS) + SqlValues.position(JOINED_CERTIFICATE_COLUMNS, "c.level_rank");
    /** Positions in {@link #forEachListed}'s read: the membership's columns after the certificate's, then the honor's. */
    private static final int M_ID = SqlValues.count(COLUMNS) + SqlValues.count(JOINED_CERTIFICATE_COLUMNS) + 1;
    private static final int H_NAME = M_ID + SqlValues.count(JdbcPoolStore.JOINED_COLUMNS);
    /**
     * A membership's honor name (program name, then tier name; both are NOT NULL), read by the honor's key
     * for a membership by honor only. A subquery rather than a join: with {@link Dialect#asWholeListRead}
     * PostgreSQL hashed the honors, lost the memberships' order, sorted them (on disk at 100,000) and read
     * in parallel, 300 ms of a 100,000-row read that takes 80 ms without it (EXPLAIN ANALYZE, issue 12).
     */
    private static final String HONOR_NAME = "CASE WHEN m.honor_id IS NULL THEN NULL ELSE (SELECT"
            + " CONCAT(h.program_name, h.tier_name) FROM tr_honor h WHERE h.id = m.honor_id) END AS h_name";
    /** {@link #HONOR_NAME} from the honors joined by key, where the dialect joins them ({@link Dialect#joinsHonorNames}). */
    private static final String JOINED_HONOR_NAME = "CONCAT(h.program_name, h.tier_name) AS h_name";
    /** Whether the artisan's consent asked about holds, 1 or 0, after the honor's name where it is asked about. */
    private static final String CONSENT_HOLDS = "CASE WHEN " + JdbcConsentStore.HOLDS + " THEN 1 ELSE 0 END AS k_holds";
    private static final int K_HOLDS = H_NAME + 1;
    private static final String RESIDENT_SAVEPOINT = "tr_resident_id";
    private static final String CERTIFICATE_INSERT = "INSERT INTO tr_skill_certificate (tenant_id, artisan_id,"
            + " position, level_rank, occupation_code, occupation_name, cert_number, issuer, issued_on, valid_until)"
            + " VALUES (:tenant, :artisanId, :position, :rank, :occupationCode, :occupationName, :number, :issuer,"
            + " :issuedOn, :validUntil)";
    private static final String ARTISAN_INTO = "INSERT INTO tr_artisan (tenant_id, name, resident_id, resident_key,"
            + " birth_date, phone, employer_name, employer_credit_code, employer_credit_override, occupation_code,"
            + " occupation_name, region_code, region_name, started_in_trade_on, version, registered_at, updated_at)";
    private static final int ARTISAN_PARAMETERS = 17;
    private static final String ARTISAN_INSERT = ARTISAN_INTO + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CERTIFICATE_INTO = "INSERT INTO tr_skill_certificate (tenant_id, artisan_id,"
            + " position, level_rank, occupation_code, occupation_name, cert_number, issuer, issued_on, valid_until)";
    private static final int CERTIFICATE_PARAMETERS = 10;
    // PostgreSQL: the batch's ids from the table's identity sequence, none where the user may not draw from it
    // (then the batch goes by multi-row statements); the artisans with these ids, and their certificates, by COPY.
    private static final String RESERVE_IDS = "SELECT nextval(q.s)"
            + " FROM (SELECT pg_get_serial_sequence('tr_artisan', 'id') AS s) q, generate_series(1, ?)"
            + " WHERE has_sequence_privilege(q.s, 'USAGE')";
    private static final String ARTISAN_COPY = ARTISAN_INTO.replace("INSERT INTO tr_artisan (", "COPY tr_artisan (id, ")
            + " FROM STDIN";
    private static final String CERTIFICATE_COPY = CERTIFICATE_INTO.replace("INSERT INTO", "COPY") + " FROM STDIN";
    /** The migration that lets an identity number be erased. */
    private static final String ERASABLE_NUMBERS = "V020__erasable_identity_numbers.sql";
    /** Resident keys bound per look-up: 64 characters each, well inside every driver's limits. */
    private static final int KEY_CHUNK = 1000;

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;
    private final IdSetReads idSets;
    private final Supplier<ResidentKeys> residentKeys;

    JdbcArtisanStore(Handle handle, Dialect dialect, TenantId tenant, Supplier<ResidentKeys> residentKeys) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
        this.idSets = new IdSetReads(handle, dialect, tenant);
        this.residentKeys = residentKeys;
    }

    /** The database's resident keys, loaded by the first call that needs one (see {@link ResidentKeys}). */
    private ResidentKeys keys() {
        return residentKeys.get();
    }

    @Override
    public ArtisanId insert(ArtisanDetails details, Instant at) {
        Update insert = handle.createUpdate("INSERT INTO tr_artisan (tenant_id, version, name, resident_id, resident_key, birth_date,"
                + " phone, employer_name, employer_credit_code, employer_credit_override, occupation_code,"
                + " occupation_name, region_code, region_name, started_in_trade_on, registered_at, updated_at)"
                + " VALUES (:tenant, 1, :name, :residentId, :residentKey, :birthDate, :phone, :employerName, :creditCode,"
                + " :creditOverride, :occupationCode, :occupationName, :regionCode, :regionName, :started, :at, :at)");
        Privacy.quiet(insert);
        bindDetails(insert, details).bind("at", SqlValues.instant(at));
        long id = guardingResidentId(number(details),
                () -> insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        ArtisanId artisanId = ArtisanId.of(id);
        insertCertificates(artisanId, details.certificates());
        return artisanId;
    }

    /**
     * Inserts the artisans in one JDBC batch, takes their ids from the batch's generated keys, then inserts
     * all their certificates in multi-row statements ({@link #writeCertificates}). A registered number fails
     * the batch on the unique key, and becomes the typed exception. Every driver the registry supports
     * returns one key per row, in order; should one return another count, the ids are read back by resident
     * key instead (one query per chunk of 1,000 keys). The statements are the driver's own, bound by
     * position: an import spends as much time in Jdbi's binding of 17 named values per row as in the database
     * (issue 12's profile). That batch is the MySQL path's. On PostgreSQL through pgJDBC the rows go by COPY
     * with ids drawn first ({@link #copyAll}); on PostgreSQL otherwise, on MariaDB and on H2 as multi-row
     * statements ({@link #insertAllManyPerStatement}).
     */
    @Override
    public List<ArtisanId> insertAll(List<ArtisanDetails> details, Instant at) {
        if (details.isEmpty()) {
            return List.of();
        }
        try {
            if (dialect.database() == Database.POSTGRESQL && PostgresCopy.isAvailable(handle.getConnection())) {
                List<ArtisanId> ids = reserveIds(details.size());
                if (!ids.isEmpty()) {
                    copyAll(details, ids, at);
                    return ids;
                }
            }
            if (dialect.insertsManyRowsPerStatement()) {
                return insertAllManyPerStatement(details, at);
            }
            List<String> keys = new ArrayList<>(details.size());
            List<Long> generated = new ArrayList<>(details.size());
            guardingResidentIds(details, () -> {
                try (PreparedStatement insert = handle.getConnection().prepareStatement(ARTISAN_INSERT,
                        new String[] {"id"})) {
                    for (ArtisanDetails d : details) {
                        String key = keys().of(number(d));
                        keys.add(key);
                        setDetails(insert, 0, d, key, at);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    try (ResultSet rs = insert.getGeneratedKeys()) {
                        while (rs.next()) {
                            generated.add(rs.getLong(1));
                        }
                    }
                }
            });
            List<Long> assigned = generated.size() == details.size() ? generated : readBackIds(keys);
            List<ArtisanId> ids = new ArrayList<>(details.size());
            List<Positioned> certificates = new ArrayList<>(details.size());
            for (int i = 0; i < details.size(); i++) {
                ArtisanId id = ArtisanId.of(assigned.get(i));
                ids.add(id);
                List<SkillCertificate> list = details.get(i).certificates();
                for (int position = 0; position < list.size(); position++) {
                    certificates.add(new Positioned(id, position, list.get(position)));
                }
            }
            writeCertificates(certificates);
            return ids;
        } catch (SQLException e) {
            throw DatabaseFailures.translate(dialect.database(), "registering " + details.size() + " artisans", e);
        }
    }

    /**
     * {@link #insertAll} in multi-row statements ({@link MultiRowInsert}): the artisans return their ids with
     * their resident keys, by which each id finds its artisan whatever order the rows come back in.
     */
    private List<ArtisanId> insertAllManyPerStatement(List<ArtisanDetails> details, Instant at) throws SQLException {
        List<Keyed> keyed = new ArrayList<>(details.size());
        for (ArtisanDetails d : details) {
            keyed.add(new Keyed(d, keys().of(number(d))));
        }
        Map<String, Long> idByKey = new HashMap<>(details.size() * 4 / 3 + 1);
        guardingResidentIds(details, () -> MultiRowInsert.write(handle.getConnection(), dialect, ARTISAN_INTO,
                ARTISAN_PARAMETERS, "id, resident_key", keyed,
                (s, offset, k) -> setDetails(s, offset, k.details(), k.key(), at),
                rs -> idByKey.put(rs.getString(2), rs.getLong(1))));
        List<ArtisanId> ids = new ArrayList<>(details.size());
        List<Positioned> certificates = new ArrayList<>(details.size());
        for (Keyed k : keyed) {
            Long id = idByKey.get(k.key());
            if (id == null) {
                // The database broke its promise, not the caller: reported as the registry's database failure.
                throw new SQLException("the database returned no id for an inserted artisan");
            }
            ArtisanId artisanId = ArtisanId.of(id);
            ids.add(artisanId);
            List<SkillCertificate> list = k.details().certificates();
            for (int position = 0; position < list.size(); position++) {
                certificates.add(new Positioned(artisanId, position, list.get(position)));
            }
        }
        writeCertificates(certificates);
        return ids;
    }

    /**
     * Inserts certificates in multi-row statements, on every database: none of them needs a key back. On the
     * MySQL path this replaces a JDBC batch, whose rewriting by Connector/J measured every bound value first.
     */
    private void writeCertificates(List<Positioned> certificates) throws SQLException {
        MultiRowInsert.write(handle.getConnection(), dialect, CERTIFICATE_INTO, CERTIFICATE_PARAMETERS, "", certificates,
                this::setCertificate, null);
    }

    /** Ids drawn from the artisans' identity sequence on PostgreSQL, or none if the user may not draw them. */
    private List<ArtisanId> reserveIds(int count) throws SQLException {
        List<ArtisanId> ids = new ArrayList<>(count);
        try (PreparedStatement reserve = handle.getConnection().prepareStatement(RESERVE_IDS)) {
            reserve.setInt(1, count);
            try (ResultSet rs = reserve.executeQuery()) {
                while (rs.next()) {
                    ids.add(ArtisanId.of(rs.getLong(1)));
                }
            }
        }
        if (!ids.isEmpty() && ids.size() != count) {
            throw new SQLException("the database reserved " + ids.size() + " ids for " + count + " artisans");
        }
        return ids;
    }

    /**
     * {@link #insertAll} on PostgreSQL through pgJDBC: the artisans, with the ids drawn for them, in one {@code
     * COPY}, then their certificates in another. The server parses COPY's rows without planning a statement
     * for them; the multi-row statements it replaces kept the import's thread waiting on the server for
     * most of a batch. A registered number fails the COPY on the unique key, as it fails a statement.
     */
    private void copyAll(List<ArtisanDetails> details, List<ArtisanId> ids, Instant at) throws SQLException {
        CopyText artisans = new CopyText(details.size());
        CopyText certificates = new CopyText(details.size());
        for (int i = 0; i < details.size(); i++) {
            ArtisanDetails d = details.get(i);
            long id = ids.get(i).value();
            artisans.number(id).text(tenant.value()).text(d.name()).text(number(d).value())
                    .text(keys().of(number(d))).date(d.birthDate())
                    .text(d.phone().map(PhoneNumber::value).orElse(null)).text(d.employer().name())
                    .text(d.employer().creditCode().value())
                    .text(d.employer().creditCode().overrideReason().orElse(null)).text(d.occupation().code())
                    .text(d.occupation().name()).text(d.region().code()).text(d.region().name())
                    .date(d.startedInTradeOn()).number(1).instant(at).instant(at).endRow();
            List<SkillCertificate> list = d.certificates();
            for (int position = 0; position < list.size(); position++) {
                SkillCertificate c = list.get(position);
                certificates.text(tenant.value()).number(id).number(position).number(c.level().rank())
                        .text(c.occupation().code()).text(c.occupation().name()).text(c.number()).text(c.issuer())
                        .date(c.issuedOn()).date(c.validUntil().orElse(null)).endRow();
            }
        }
        Connection connection = handle.getConnection();
        guardingResidentIds(details, () -> PostgresCopy.copyIn(connection, ARTISAN_COPY, artisans.buffer(),
                artisans.length()));
        if (certificates.length() > 0) {
            PostgresCopy.copyIn(connection, CERTIFICATE_COPY, certificates.buffer(), certificates.length());
        }
    }

    /** Details with their resident key. */
    private record Keyed(ArtisanDetails details, String key) {
    }

    /** A certificate at its position in its artisan's list. */
    private record Positioned(ArtisanId artisanId, int position, SkillCertificate certificate) {
    }

    /** A write of the registry's own JDBC code. */
    private interface SqlWrite {
        void run() throws SQLException;
    }

    private void setDetails(PreparedStatement s, int o, ArtisanDetails d, String residentKey, Instant at)
            throws SQLException {
        s.setString(o + 1, tenant.value());
        s.setString(o + 2, d.name());
        s.setString(o + 3, number(d).value());
        s.setString(o + 4, residentKey);
        SqlValues.setDate(s, o + 5, d.birthDate());
        s.setString(o + 6, d.phone().map(PhoneNumber::value).orElse(null));
        s.setString(o + 7, d.employer().name());
        s.setString(o + 8, d.employer().creditCode().value());
        s.setString(o + 9, d.employer().creditCode().overrideReason().orElse(null));
        s.setString(o + 10, d.occupation().code());
        s.setString(o + 11, d.occupation().name());
        s.setString(o + 12, d.region().code());
        s.setString(o + 13, d.region().name());
        SqlValues.setDate(s, o + 14, d.startedInTradeOn());
        s.setLong(o + 15, 1);
        SqlValues.setInstant(s, o + 16, at, dialect.bindsInstantsAsText());
        SqlValues.setInstant(s, o + 17, at, dialect.bindsInstantsAsText());
    }

    private void setCertificate(PreparedStatement s, int o, Positioned p) throws SQLException {
        SkillCertificate c = p.certificate();
        s.setString(o + 1, tenant.value());
        s.setLong(o + 2, p.artisanId().value());
        s.setInt(o + 3, p.position());
        s.setInt(o + 4, c.level().rank());
        s.setString(o + 5, c.occupation().code());
        s.setString(o + 6, c.occupation().name());
        s.setString(o + 7, c.number());
        s.setString(o + 8, c.issuer());
        SqlValues.setDate(s, o + 9, c.issuedOn());
        SqlValues.setDate(s, o + 10, c.validUntil().orElse(null));
    }

    /** The ids of just inserted artisans, by their resident keys, in the keys' order. */
    private List<Long> readBackIds(List<String> keys) {
        Map<String, Long> idByKey = new HashMap<>(keys.size() * 4 / 3 + 1);
        for (List<String> chunk : Chunks.of(keys, KEY_CHUNK)) {
            bindKeys(handle.createQuery("SELECT a.id, a.resident_key" + withKeyIn(chunk.size())), chunk)
                    .bind("tenant", tenant.value())
                    .map((rs, ctx) -> Map.entry(rs.getString("resident_key"), rs.getLong("id")))
                    .forEach(e -> idByKey.put(e.getKey(), e.getValue()));
        }
        return keys.stream().map(idByKey::get).toList();
    }

    /**
     * Runs a batch of inserts that may hit registered resident identity numbers, and turns the collision into
     * the typed exception naming a holder, as {@link #guardingResidentId} does for one: the unique key
     * checks the batch, so the happy path needs no look-up first.
     */
    private void guardingResidentIds(List<ArtisanDetails> details, SqlWrite write) throws SQLException {
        handle.savepoint(RESIDENT_SAVEPOINT);
        try {
            write.run();
        } catch (SQLException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(RESIDENT_SAVEPOINT);
            Map.Entry<ResidentId, Artisan> holder = findAllByResidentId(details.stream().map(JdbcArtisanStore::number)
                    .toList()).entrySet().stream().findFirst().orElseThrow(() -> e);
            throw new DuplicateResidentIdException(holder.getKey(), holder.getValue().id());
        }
        handle.releaseSavepoint(RESIDENT_SAVEPOINT);
    }

    @Override
    public Map<ResidentId, Artisan> findAllByResidentId(List<ResidentId> residentIds) {
        Map<ResidentId, Artisan> found = new HashMap<>();
        // Each artisan under the number asked for, which an artisan whose number was erased no longer holds.
        Map<String, ResidentId> asked = new HashMap<>();
        residentIds.forEach(r -> asked.putIfAbsent(keys().of(r), r));
        List<String> keys = List.copyOf(asked.keySet());
        for (List<String> chunk : Chunks.of(keys, KEY_CHUNK)) {
            Map<ArtisanId, String> keyOf = new HashMap<>();
            List<Row> rows = bindKeys(handle.createQuery("SELECT " + COLUMNS + ", a.resident_key" + withKeyIn(chunk.size())), chunk)
                    .bind("tenant", tenant.value())
                    .map((rs, ctx) -> {
                        Row row = row(rs);
                        keyOf.put(row.id(), rs.getString(KEY_AFTER_COLUMNS));
                        return row;
                    })
                    .list();
            load(rows).forEach(a -> found.put(asked.get(keyOf.get(a.id())), a));
        }
        return found;
    }

    /**
     * The {@code FROM} and {@code WHERE} clauses reading the tenant's artisans with one of a chunk of resident
     * keys. H2 probes the unique index only with the tenant's part for an {@code IN} list on its second
     * column, and scans the tenant's rows once per key (a second per 1,000 keys at 20,000 rows); joined to a
     * bound array as a table it probes the index per key. PostgreSQL and MariaDB probe it for an {@code IN}
     * list.
     */
    private String withKeyIn(int size) {
        if (dialect.database() == Database.H2) {
            return " FROM TABLE(set_key CHAR(64) = :keys) AS k JOIN tr_artisan a ON a.tenant_id = :tenant"
                    + " AND a.resident_key = k.set_key";
        }
        StringBuilder list = new StringBuilder(" FROM tr_artisan a WHERE a.tenant_id = :tenant AND a.resident_key IN (");
        for (int i = 0; i < size; i++) {
            list.append(i == 0 ? ":k" : ", :k").append(i);
        }
        return list.append(')').toString();
    }

    private <S extends SqlStatement<S>> S bindKeys(S statement, List<String> keys) {
        if (dialect.database() == Database.H2) {
            return statement.bindArray("keys", String.class, keys);
        }
        for (int i = 0; i < keys.size(); i++) {
            statement.bind("k" + i, keys.get(i));
        }
        return statement;
    }

    @Override
    public boolean update(ArtisanId id, long expectedVersion, ArtisanDetails details, Instant at) {
        // Details without a number keep the erased number erased, and its key and birth date as they are.
        boolean erased = details.residentId().isEmpty();
        Update update = handle.createUpdate("UPDATE tr_artisan SET version = version + 1, name = :name,"
                + (erased ? " resident_id = NULL," : " resident_id = :residentId, resident_key = :residentKey, birth_date = :birthDate,")
                + " phone = :phone, employer_name = :employerName,"
                + " employer_credit_code = :creditCode, employer_credit_override = :creditOverride,"
                + " occupation_code = :occupationCode, occupation_name = :occupationName, region_code = :regionCode,"
                + " region_name = :regionName, started_in_trade_on = :started, updated_at = :at"
                + " WHERE tenant_id = :tenant AND id = :id AND version = :version");
        Privacy.quiet(update);
        bindDetails(update, details).bind("at", SqlValues.instant(at)).bind("id", id.value()).bind("version", expectedVersion);
        int rows = erased ? update.execute() : guardingResidentId(number(details), update::execute);
        if (rows == 0) {
            return false;
        }
        handle.createUpdate("DELETE FROM tr_skill_certificate WHERE tenant_id = :tenant AND artisan_id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).execute();
        insertCertificates(id, details.certificates());
        return true;
    }

    /**
     * Runs a write that may collide with a concurrent registration of the same resident identity number,
     * and turns the collision into the typed exception naming the holder. The savepoint keeps the
     * surrounding transaction usable (PostgreSQL aborts it on any error). The database reports the
     * collision only once the holder has committed, so a read-committed read then sees the holder. A
     * locking read would not do: on MariaDB every loser holds a shared lock on the key and they deadlock.
     */
    private <T> T guardingResidentId(ResidentId residentId, Supplier<T> write) {
        handle.savepoint(RESIDENT_SAVEPOINT);
        T result;
        try {
            result = write.get();
        } catch (RuntimeException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(RESIDENT_SAVEPOINT);
            ArtisanId holder = handle.createQuery("SELECT id FROM tr_artisan WHERE tenant_id = :tenant"
                            + " AND resident_key = :residentKey")
                    .bind("tenant", tenant.value())
                    .bind("residentKey", keys().of(residentId))
                    .mapTo(Long.class)
                    .findOne()
                    .map(ArtisanId::of)
                    .orElseThrow(() -> e);
            throw new DuplicateResidentIdException(residentId, holder);
        }
        handle.releaseSavepoint(RESIDENT_SAVEPOINT);
        return result;
    }

    private <S extends SqlStatement<S>> S bindDetails(S statement, ArtisanDetails d) {
        d.residentId().ifPresent(number -> statement.bind("residentId", number.value())
                .bind("residentKey", keys().of(number))
                .bind("birthDate", SqlValues.date(d.birthDate())));
        return statement.bind("tenant", tenant.value())
                .bind("name", d.name())
                .bind("phone", d.phone().map(PhoneNumber::value).orElse(null))
                .bind("employerName", d.employer().name())
                .bind("creditCode", d.employer().creditCode().value())
                .bind("creditOverride", d.employer().creditCode().overrideReason().orElse(null))
                .bind("occupationCode", d.occupation().code())
                .bind("occupationName", d.occupation().name())
                .bind("regionCode", d.region().code())
                .bind("regionName", d.region().name())
                .bind("started", SqlValues.date(d.startedInTradeOn()));
    }

    private void insertCertificates(ArtisanId id, List<SkillCertificate> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(CERTIFICATE_INSERT);
        for (int i = 0; i < certificates.size(); i++) {
            bindCertificate(batch, id, i, certificates.get(i)).add();
        }
        batch.execute();
    }

    private PreparedBatch bindCertificate(PreparedBatch batch, ArtisanId id, int position, SkillCertificate c) {
        return batch.bind("tenant", tenant.value())
                .bind("artisanId", id.value())
                .bind("position", position)
                .bind("rank", c.level().rank())
                .bind("occupationCode", c.occupation().code())
                .bind("occupationName", c.occupation().name())
                .bind("number", c.number())
                .bind("issuer", c.issuer())
                .bind("issuedOn", SqlValues.date(c.issuedOn()))
                .bind("validUntil", SqlValues.date(c.validUntil().orElse(null)));
    }

    @Override
    public Optional<Artisan> find(ArtisanId id, boolean forUpdate) {
        List<Artisan> found = load(handle.createQuery("SELECT " + COLUMNS + " FROM tr_artisan a"
                        + " WHERE a.tenant_id = :tenant AND a.id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map((rs, ctx) -> row(rs))
                .list());
        return found.stream().findFirst();
    }

    @Override
    public Optional<Artisan> findByResidentId(ResidentId residentId) {
        List<Artisan> found = load(handle.createQuery("SELECT " + COLUMNS + " FROM tr_artisan a"
                        + " WHERE a.tenant_id = :tenant AND a.resident_key = :residentKey")
                .bind("tenant", tenant.value())
                .bind("residentKey", keys().of(residentId))
                .map((rs, ctx) -> row(rs))
                .list());
        return found.stream().findFirst();
    }

    @Override
    public List<Artisan> list(ArtisanQuery query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ").append(inIdOrder(query));
        sql.append(where(query, true)).append(" ORDER BY a.id");
        var statement = handle.createQuery(sql.toString()).setMaxRows(limit);
        bindFilters(statement, query, true);
        return loadRange(statement.map((rs, ctx) -> row(rs)).list());
    }

    /**
     * One statement joining the certificates, in artisan order, fetched a block at a time
     * (see {@link Dialect#streamingFetchSize}); an artisan is handed on once the next one's first row is
     * read. Through {@link #list}, an export of 100,000 artisans took 200 queries and held a page of them;
     * that is still the way where the driver cannot stream (MySQL Connector/J without server-side cursors).
     */
    @Override
    public void forEach(ArtisanQuery query, Consumer<? super Artisan> action) {
        String sql = "SELECT " + COLUMNS + ", " + JOINED_CERTIFICATE_COLUMNS + " FROM " + inIdOrder(query)
                + " LEFT JOIN tr_skill_certificate c ON c.tenant_id = a.tenant_id AND c.artisan_id = a.id"
                + where(query, true) + idOrder(query);
        int fetchSize;
        try {
            fetchSize = dialect.streamingFetchSize(handle.getConnection());
        } catch (SQLException e) {
            throw DatabaseFailures.translate(dialect.database(), "reading the connection's settings", e);
        }
        if (fetchSize == 0) {
            ArtisanStore.super.forEach(query, action);
            return;
        }
        var statement = handle.createQuery(sql).setFetchSize(fetchSize);
        bindFilters(statement, query, true);
        dialect.asWholeListRead(handle, () -> statement.scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            Row current = null;
            List<Map.Entry<Integer, SkillCertificate>> certificates = new ArrayList<>(1);
            while (rs.next()) {
                long id = rs.getLong(ID);
                if (current == null || current.id().value() != id) {
                    if (current != null) {
                        action.accept(current.with(inPositionOrder(certificates)));
                    }
                    current = row(rs);
                    certificates = new ArrayList<>(1);
                }
                int position = rs.getInt(C_POSITION);
                if (!rs.wasNull()) {
                    certificates.add(Map.entry(position, certificate(rs, C_FIELDS)));
                }
            }
            if (current != null) {
                action.accept(current.with(inPositionOrder(certificates)));
            }
            return null;
        }));
    }

    /**
     * Reads artisans with their certificates, the memberships holding on a date and those memberships'
     * honor names, in one statement joining them, in artisan order: an artisan is handed on once the next
     * one's first row is read. An artisan of two certificates and two memberships comes on four rows; what
     * one row repeats is skipped before it is mapped. The pool export matched the artisans against a map of
     * the whole pool's memberships and of the honors they named, which grew with the pool.
     *
     * <p>Where the driver streams (see {@link Dialect#streamingFetchSize}), one statement reads the whole
     * list. Elsewhere (MySQL without server-side cursors) a statement reads the ids of the next
     * {@link ArtisanQuery#MAX_LIMIT} artisans and another their rows up to the last of them, the page held
     * in full before it is handed on, so that the action may read the registry.
     *
     * <p>Asked about a consent, the same statement says for each artisan whether it holds, so that a list
     * revealing numbers where consent holds reads nothing per artisan: asked once per row by the exchange's
     * export, the consent was a statement per artisan, and on MariaDB a statement run while the list streamed
     * made the driver first read the rest of the list into memory.
     *
     * @param consentTo the purpose whose consent each artisan is read with, null to ask about none
     * @param consentOn the day that consent must hold on, null if none is asked about
     */
    void forEachListed(ArtisanQuery query, LocalDate asOf, TalentPool.Listing listing, ConsentPurpose consentTo,
            LocalDate consentOn, Consumer<? super ListedArtisan> action) {
        int fetchSize;
        try {
            fetchSize = dialect.streamingFetchSize(handle.getConnection());
        } catch (SQLException e) {
            throw DatabaseFailures.translate(dialect.database(), "reading the connection's settings", e);
        }
        boolean streams = fetchSize > 0;
        // The honor by its key alone: with the tenant too, PostgreSQL probed the tenant's honors through another
        // index for each membership. The membership is the tenant's, and so is its honor.
        boolean honorJoined = dialect.joinsHonorNames();
        // The memberships by artisan: MariaDB otherwise read them by their start date into a join buffer for a list
        // of all artisans, then sorted the whole list in a temporary table before its first row (0.4 s of a 1 s
        // export of 100,000 artisans, the rows no longer streamed while the server worked).
        String joins = (listing == TalentPool.Listing.POOL_MEMBERS ? " JOIN " : " LEFT JOIN ")
                + dialect.throughIndex("tr_pool_member m", "ix_tr_pool_member_artisan")
                + " ON m.tenant_id = a.tenant_id AND m.artisan_id = a.id AND" + JdbcPoolStore.HOLDING
                + (honorJoined ? " LEFT JOIN tr_honor h ON h.id = m.honor_id" : "")
                + " LEFT JOIN tr_skill_certificate c ON c.tenant_id = a.tenant_id AND c.artisan_id = a.id";
        boolean consent = consentTo != null;
        String select = "SELECT " + COLUMNS + ", " + JOINED_CERTIFICATE_COLUMNS + ", " + JdbcPoolStore.JOINED_COLUMNS
                + ", " + (honorJoined ? JOINED_HONOR_NAME : HONOR_NAME) + (consent ? ", " + CONSENT_HOLDS : "") + " FROM ";
        if (streams) {
            var statement = handle.createQuery(select + inIdOrder(query) + joins + where(query, true) + idOrder(query))
                    .setFetchSize(fetchSize)
                    .bind("asOf", SqlValues.date(asOf));
            bindFilters(statement, query, true);
            bindConsent(statement, consentTo, consentOn);
            dialect.asWholeListRead(handle, () -> statement.scanResultSet((results, ctx) -> {
                readListed(results.get(), consent, action);
                return null;
            }));
            return;
        }
        // A page is bounded by its last artisan's id, read first: a row limit on the joined rows would cut an
        // artisan. (Tried on MariaDB: the page's artisans in a derived table made it sort each page in a
        // temporary table, and with an EXISTS on the memberships in it, materialise the whole pool's
        // memberships for each page, 0.3 s a page at 100,000.)
        ArtisanQuery page = query;
        while (true) {
            var bound = handle.createQuery("SELECT a.id FROM " + inIdOrder(page) + where(page, true) + idOrder(page))
                    .setMaxRows(ArtisanQuery.MAX_LIMIT);
            bindFilters(bound, page, true);
            List<Long> ids = bound.mapTo(Long.class).list();
            if (ids.isEmpty()) {
                return;
            }
            long last = ids.get(ids.size() - 1);
            var statement = handle.createQuery(select + inIdOrder(page) + joins + where(page, true)
                            + " AND a.id <= :last" + idOrder(page))
                    .bind("asOf", SqlValues.date(asOf))
                    .bind("last", last);
            bindFilters(statement, page, true);
            bindConsent(statement, consentTo, consentOn);
            List<ListedArtisan> listed = statement.scanResultSet((results, ctx) -> {
                List<ListedArtisan> read = new ArrayList<>(ids.size());
                readListed(results.get(), consent, read::add);
                return read;
            });
            listed.forEach(action);
            if (ids.size() < ArtisanQuery.MAX_LIMIT) {
                return;
            }
            page = page.after(ArtisanId.of(last));
        }
    }

    private static void bindConsent(SqlStatement<?> statement, ConsentPurpose consentTo, LocalDate consentOn) {
        if (consentTo != null) {
            statement.bind("consentPurpose", consentTo.name()).bind("consentOn", SqlValues.date(consentOn));
        }
    }

    /** Groups a joined read's rows by artisan, see {@link #forEachListed}; with the consent's column if asked about. */
    private static void readListed(ResultSet rs, boolean consent, Consumer<? super ListedArtisan> action)
            throws SQLException {
        Row current = null;
        boolean holds = false;
        List<Map.Entry<Integer, SkillCertificate>> certificates = new ArrayList<>(1);
        List<PoolMembership> memberships = new ArrayList<>(1);
        Map<HonorId, String> honorNames = new HashMap<>(2);
        while (rs.next()) {
            long id = rs.getLong(ID);
            if (current == null || current.id().value() != id) {
                if (current != null) {
                    action.accept(listed(current, certificates, memberships, honorNames, holds));
                    certificates = new ArrayList<>(1);
                    memberships = new ArrayList<>(1);
                    honorNames = new HashMap<>(2);
                }
                current = row(rs);
                holds = consent && rs.getInt(K_HOLDS) == 1;
            }
            int position = rs.getInt(C_POSITION);
            if (!rs.wasNull() && !hasPosition(certificates, position)) {
                certificates.add(Map.entry(position, certificate(rs, C_FIELDS)));
            }
            long membership = rs.getLong(M_ID);
            if (!rs.wasNull() && !hasMembership(memberships, membership)) {
                PoolMembership m = JdbcPoolStore.membership(rs, M_ID);
                memberships.add(m);
                if (m.source() instanceof PoolSource.ByHonor byHonor) {
                    honorNames.put(byHonor.honorId(), rs.getString(H_NAME));
                }
            }
        }
        if (current != null) {
            action.accept(listed(current, certificates, memberships, honorNames, holds));
        }
    }

    private static boolean hasPosition(List<Map.Entry<Integer, SkillCertificate>> certificates, int position) {
        for (Map.Entry<Integer, SkillCertificate> c : certificates) {
            if (c.getKey() == position) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMembership(List<PoolMembership> memberships, long id) {
        for (PoolMembership m : memberships) {
            if (m.id().value() == id) {
                return true;
            }
        }
        return false;
    }

    private static ListedArtisan listed(Row row, List<Map.Entry<Integer, SkillCertificate>> certificates,
            List<PoolMembership> memberships, Map<HonorId, String> honorNames, boolean consentHolds) {
        if (memberships.size() > 1) {
            memberships.sort(Comparator.comparingLong(m -> m.id().value()));
        }
        return new ListedArtisan(row.with(inPositionOrder(certificates)), memberships, honorNames, consentHolds);
    }

    /**
     * An artisan's certificates in their order. The statement orders by artisan only: ordering by position
     * too made MariaDB sort the whole join in a temporary table before the first row came back.
     */
    private static List<SkillCertificate> inPositionOrder(List<Map.Entry<Integer, SkillCertificate>> certificates) {
        if (certificates.size() > 1) {
            certificates.sort(Map.Entry.comparingByKey());
        }
        List<SkillCertificate> ordered = new ArrayList<>(certificates.size());
        for (Map.Entry<Integer, SkillCertificate> c : certificates) {
            ordered.add(c.getValue());
        }
        return ordered;
    }

    /**
     * Attaches the certificates of a page listed in id order, read by the page's id range in one query. A
     * bound id set is slower here: on H2, with hundreds of thousands of certificates in the tenant, the
     * planner loops over the tenant's certificates and rebuilds the id table for each (minutes for a page of
     * 1,000); the range is one probe of the primary key on every database. Certificates of artisans in the
     * range but not in the page (filtered out) are read and dropped.
     */
    private List<Artisan> loadRange(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ArtisanId, List<SkillCertificate>> certificates = new HashMap<>();
        rows.forEach(r -> certificates.put(r.id(), new ArrayList<>()));
        handle.createQuery("SELECT " + CERTIFICATE_COLUMNS + " FROM tr_skill_certificate c WHERE c.tenant_id = :tenant"
                        + " AND c.artisan_id BETWEEN :first AND :last ORDER BY c.artisan_id, c.position")
                .bind("tenant", tenant.value())
                .bind("first", rows.get(0).id().value())
                .bind("last", rows.get(rows.size() - 1).id().value())
                .map((rs, ctx) -> Map.entry(ArtisanId.of(rs.getLong("artisan_id")), certificate(rs, FIELDS)))
                .forEach(e -> {
                    List<SkillCertificate> list = certificates.get(e.getKey());
                    if (list != null) {
                        list.add(e.getValue());
                    }
                });
        return attach(rows, certificates);
    }

    /**
     * Reads the artisans in one query per chunk of ids, and their certificates in one more per chunk of
     * those found (see {@link IdSetReads}).
     */
    @Override
    public Map<ArtisanId, Artisan> findAll(List<ArtisanId> ids) {
        Map<ArtisanId, Artisan> found = new HashMap<>();
        for (Artisan artisan : load(idSets.list(COLUMNS, "tr_artisan", "a", "id", ids, "", (rs, ctx) -> row(rs)))) {
            found.put(artisan.id(), artisan);
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * Reads the birth dates in one query per chunk of ids (see {@link IdSetReads}), from the column kept
     * beside the resident identity number, so that no number is read.
     */
    @Override
    public Map<ArtisanId, LocalDate> birthDates(List<ArtisanId> ids) {
        // V008's covering index: a million artisans' rows need not be read for their birth dates.
        String artisans = dialect.throughIndex("tr_artisan", "ix_tr_artisan_birth_date");
        Map<ArtisanId, LocalDate> dates = new HashMap<>(ids.size() * 4 / 3 + 1);
        idSets.forEach("a.id, a.birth_date", artisans, "a", "id", ids, IdSetReads.Filter.NONE, "",
                (rs, ctx) -> Map.entry(ArtisanId.of(rs.getLong("id")), SqlValues.getDate(rs, "birth_date")),
                row -> dates.put(row.getKey(), row.getValue()));
        return Collections.unmodifiableMap(dates);
    }

    /** Streams the birth dates as {@link #birthDates} reads them, each row handed on as it is read. */
    @Override
    public void eachBirthDate(List<ArtisanId> ids, BiConsumer<? super ArtisanId, ? super LocalDate> action) {
        String artisans = dialect.throughIndex("tr_artisan", "ix_tr_artisan_birth_date");
        idSets.forEach("a.id, " + dialect.epochDay("a.birth_date"), artisans, "a", "id", ids, IdSetReads.Filter.NONE, "",
                (rs, ctx) -> {
                    // Handed on from the mapper: no pair is made for each of a million rows.
                    long born = rs.getLong(2);
                    action.accept(ArtisanId.of(rs.getLong(1)), rs.wasNull() ? null : LocalDate.ofEpochDay(born));
                    return Boolean.TRUE;
                }, handedOn -> { });
    }

    /**
     * Reads one column, the ids of the tenant's artisans born after the day, to one more than the bound, through
     * the birth-date index, which holds the id, the tenant and the date and so spares the rows; declines on H2
     * ({@link Dialect#readsEveryYoungArtisan}).
     */
    @Override
    public boolean eachBornAfter(LocalDate day, long atMost, LongConsumer action) {
        if (!dialect.readsEveryYoungArtisan()) {
            return false;
        }
        Query query = handle.createQuery("SELECT a.id FROM " + dialect.throughIndex("tr_artisan a", "ix_tr_artisan_birth_date")
                        + " WHERE a.tenant_id = :tenant AND a.birth_date > :day LIMIT :limit")
                .bind("tenant", tenant.value())
                .bind("day", SqlValues.date(day))
                .bind("limit", atMost + 1);
        return LongColumn.each(query, action) <= atMost;
    }

    @Override
    public long count(ArtisanQuery query) {
        var statement = handle.createQuery("SELECT COUNT(*) FROM tr_artisan a" + where(query, false));
        bindFilters(statement, query, false);
        return statement.mapTo(Long.class).one();
    }

    /**
     * The artisans' table, as {@code a}, for a read in id order. Without a filter of its own index, MariaDB answered a tenant's
     * first page ({@code WHERE tenant_id = ? ORDER BY id}, a row limit) by walking the primary key from the
     * start, through every other tenant's rows: 1,221,000 rows examined and 1.8 s for the first page of an
     * export, whose other pages took a millisecond (issue 12's benchmark, slow-query log). The tenant's
     * {@code (tenant_id, id)} index reads the page in order at once.
     */
    private String inIdOrder(ArtisanQuery q) {
        return hasOwnIndex(q) ? "tr_artisan a" : dialect.throughIndex("tr_artisan a", "ix_tr_artisan_tenant_id");
    }

    private static boolean hasOwnIndex(ArtisanQuery q) {
        return q.occupationCode().isPresent() || q.regionCode().isPresent() || q.employer().isPresent();
    }

    /**
     * The order of a read from {@link #inIdOrder}: by id, in the form the dialect reads the tenant's index
     * in order (see {@link Dialect#tenantIdOrder}).
     */
    private String idOrder(ArtisanQuery q) {
        return hasOwnIndex(q) ? " ORDER BY a.id" : dialect.tenantIdOrder("a");
    }

    private static String where(ArtisanQuery q, boolean withCursor) {
        StringBuilder w = new StringBuilder(" WHERE a.tenant_id = :tenant");
        q.occupationCode().ifPresent(x -> w.append(" AND a.occupation_code = :occupation"));
        q.regionCode().ifPresent(x -> w.append(" AND a.region_code = :region"));
        q.employer().ifPresent(x -> w.append(" AND a.employer_credit_code = :employer"));
        q.minimumLevel().ifPresent(x -> w.append(" AND EXISTS (SELECT 1 FROM tr_skill_certificate c"
                + " WHERE c.tenant_id = a.tenant_id AND c.artisan_id = a.id AND c.level_rank >= :minRank"
                + " AND c.issued_on <= :asOf AND (c.valid_until IS NULL OR c.valid_until >= :asOf))"));
        if (withCursor) {
            q.after().ifPresent(x -> w.append(" AND a.id > :after"));
        }
        return w.toString();
    }

    private void bindFilters(SqlStatement<?> s, ArtisanQuery q, boolean withCursor) {
        s.bind("tenant", tenant.value());
        q.occupationCode().ifPresent(x -> s.bind("occupation", x));
        q.regionCode().ifPresent(x -> s.bind("region", x));
        q.employer().ifPresent(x -> s.bind("employer", x.value()));
        q.minimumLevel().ifPresent(x -> s.bind("minRank", x.rank()).bind("asOf", SqlValues.date(q.levelAsOf().orElseThrow())));
        if (withCursor) {
            q.after().ifPresent(x -> s.bind("after", x.value()));
        }
    }

    /** An artisan row before its certificates are attached. */
    private record Row(ArtisanId id, long version, ArtisanDetails.Builder details, Instant registeredAt,
            Instant updatedAt) {
        Artisan with(List<SkillCertificate> certificates) {
            return Artisan.of(id, version, details.certificates(certificates).build(), registeredAt, updatedAt);
        }
    }

    /**
     * Reads an artisan's row from the columns of {@link #COLUMNS}, by position: every statement this maps
     * selects them first (see {@link SqlValues#getInstant(ResultSet, int)}).
     */
    private static Row row(ResultSet rs) throws SQLException {
        String override = rs.getString(CREDIT_OVERRIDE);
        String code = rs.getString(CREDIT_CODE);
        CreditCode creditCode = override == null ? CreditCode.of(code) : CreditCode.withChecksumOverride(code, override);
        String phone = rs.getString(PHONE);
        ArtisanDetails.Builder details = ArtisanDetails.builder()
                .name(rs.getString(NAME))
                .phone(phone == null ? null : PhoneNumber.of(phone))
                .employer(Employer.of(rs.getString(EMPLOYER_NAME), creditCode))
                .occupation(Occupation.of(rs.getString(OCCUPATION_CODE), rs.getString(OCCUPATION_NAME)))
                .region(Region.of(rs.getString(REGION_CODE), rs.getString(REGION_NAME)))
                .startedInTradeOn(SqlValues.getDate(rs, STARTED));
        String residentId = rs.getString(RESIDENT_ID);
        if (residentId == null) {
            details.residentIdErased(SqlValues.getDate(rs, BIRTH_DATE));
        } else {
            details.residentId(ResidentId.of(residentId));
        }
        return new Row(ArtisanId.of(rs.getLong(ID)), rs.getLong(VERSION), details,
                SqlValues.getInstant(rs, REGISTERED), SqlValues.getInstant(rs, UPDATED));
    }

    /**
     * Reads a certificate from {@link #CERTIFICATE_FIELDS}, beginning at a column.
     *
     * @param first the position of {@code c.level_rank}
     */
    private static SkillCertificate certificate(ResultSet rs, int first) throws SQLException {
        return SkillCertificate.builder()
                .level(SkillLevel.ofRank(rs.getInt(first)))
                .occupation(Occupation.of(rs.getString(first + 1), rs.getString(first + 2)))
                .number(rs.getString(first + 3))
                .issuer(rs.getString(first + 4))
                .issuedOn(SqlValues.getDate(rs, first + 5))
                .validUntil(SqlValues.getDate(rs, first + 6))
                .build();
    }

    private List<Artisan> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ArtisanId, List<SkillCertificate>> certificates = new HashMap<>();
        rows.forEach(r -> certificates.put(r.id(), new ArrayList<>()));
        List<Map.Entry<ArtisanId, SkillCertificate>> found = idSets.list(CERTIFICATE_COLUMNS, "tr_skill_certificate",
                "c", "artisan_id", rows.stream().map(Row::id).toList(), "c.artisan_id, c.position",
                (rs, ctx) -> Map.entry(ArtisanId.of(rs.getLong("artisan_id")), certificate(rs, FIELDS)));
        found.forEach(e -> certificates.get(e.getKey()).add(e.getValue()));
        return attach(rows, certificates);
    }

    private static List<Artisan> attach(List<Row> rows, Map<ArtisanId, List<SkillCertificate>> certificates) {
        List<Artisan> artisans = new ArrayList<>(rows.size());
        for (Row r : rows) {
            artisans.add(r.with(certificates.get(r.id())));
        }
        return artisans;
    }

    @Override
    public boolean eraseResidentId(ArtisanId id, Instant at) {
        // Re-keys the database first if it still holds the unkeyed hashes of before V019: that re-keying reads
        // each number, so a number erased before it would keep its unkeyed hash, which a few guesses reverse.
        keys();
        try {
            return erase("resident_id", id, at);
        } catch (RuntimeException e) {
            // A schema that a host's own migration tool brought only up to V019 still holds every number NOT NULL.
            if (dialect.isNotNullViolation(e)) {
                throw MigrationRunner.notApplied(ERASABLE_NUMBERS, "该脚本允许删除身份证号（tr_artisan.resident_id 可为空）",
                        "it lets an identity number be erased (tr_artisan.resident_id may be NULL)", e);
            }
            throw e;
        }
    }

    /** The number an artisan is registered with: the registry registers none without one. */
    private static ResidentId number(ArtisanDetails details) {
        return details.residentId().orElseThrow(() -> InvalidFieldException.required("residentId"));
    }

    @Override
    public boolean erasePhone(ArtisanId id, Instant at) {
        return erase("phone", id, at);
    }

    @Override
    public Map<ArtisanId, LocalDate> nomineesPastPurpose(LocalDate noticeEndedOnOrBefore, ErasableField holding, long afterId,
            int limit) {
        Objects.requireNonNull(noticeEndedOnOrBefore, "noticeEndedOnOrBefore");
        // Led by the nominations (a program's few thousand), not by the tenant's artisans, of whom a bureau's
        // registry may hold a million with none nominated. A nomination still serves its purpose while its round
        // is not closed after a notice, or while it is deferred (a supplementary decision may name it yet).
        return PastPurposePages.read(handle.createQuery("SELECT n.artisan_id, MAX(r.notice_end) FROM tr_nomination n"
                        + " JOIN tr_selection_round r ON r.id = n.round_id JOIN tr_artisan a ON a.id = n.artisan_id"
                        + " WHERE n.tenant_id = :tenant AND n.artisan_id > :after AND a.tenant_id = :tenant AND "
                        + PastPurposePages.column(holding) + " IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM tr_honor h WHERE h.tenant_id = :tenant AND h.artisan_id = n.artisan_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM tr_pool_member m WHERE m.tenant_id = :tenant AND m.artisan_id = n.artisan_id)"
                        + PastPurposePages.noTitleConcerns("n.artisan_id")
                        + " GROUP BY n.artisan_id"
                        + " HAVING SUM(CASE WHEN r.stage IN (:named, :cancelled) AND r.notice_end IS NOT NULL"
                        + " AND n.status <> :deferred THEN 0 ELSE 1 END) = 0 AND MAX(r.notice_end) <= :day"
                        + " ORDER BY n.artisan_id"), tenant, noticeEndedOnOrBefore, afterId, limit);
    }

    /** Sets a column of an artisan's to NULL, as an update would (the version grows); false if it held none. */
    private boolean erase(String column, ArtisanId id, Instant at) {
        return handle.createUpdate("UPDATE tr_artisan SET version = version + 1, " + column + " = NULL, updated_at = :at"
                        + " WHERE tenant_id = :tenant AND id = :id AND " + column + " IS NOT NULL")
                .bind("at", SqlValues.instant(at))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .execute() == 1;
    }
}
