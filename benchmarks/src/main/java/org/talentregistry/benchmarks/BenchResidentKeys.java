package org.talentregistry.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The resident keys a hand-written loader stores beside the library's rows: the HMAC-SHA256 of the number under
 * the database's secret, which a store of the library made when it started (so build one first). One
 * {@link Mac} reused for every key, as a loader on one thread would write it. Not thread-safe.
 */
final class BenchResidentKeys {
    private final Mac mac;

    private BenchResidentKeys(byte[] secret) throws GeneralSecurityException {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    }

    /**
     * Reads the database's secret.
     *
     * @param ds the database, on which a library store has started
     * @return the keys
     * @throws SQLException if the secret cannot be read
     */
    static BenchResidentKeys of(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT setting_value FROM tr_registry_setting WHERE setting_name = 'resident-key.secret'");
                ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no resident-key secret: start a JdbcRegistryStore on the database first");
            }
            return new BenchResidentKeys(HexFormat.of().parseHex(rs.getString(1)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /**
     * Returns the key of a resident identity number.
     *
     * @param residentId the number's 18 characters
     * @return 64 hex characters
     */
    String of(String residentId) {
        return HexFormat.of().formatHex(mac.doFinal(residentId.getBytes(StandardCharsets.US_ASCII)));
    }
}
