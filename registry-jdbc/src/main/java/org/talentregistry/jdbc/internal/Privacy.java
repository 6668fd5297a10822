package org.talentregistry.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Keeps personal data out of what a failing statement reports: Jdbi puts bound values into exception
 * messages, and databases put the offending key's value into duplicate-key errors. Hosts log both.
 */
final class Privacy {
    private Privacy() {
    }

    /**
     * Returns the key stored for a resident identity number: its SHA-256 in hex.
     *
     * @param residentId the number
     * @return 64 hex characters
     */
    static String residentKey(org.talentregistry.artisan.ResidentId residentId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(residentId.value().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Makes a statement's exceptions report the SQL but not the bound values. Configured on the statement
     * alone, so that a host's Jdbi or handle keeps its own settings.
     *
     * @param statement the statement
     * @param <S> the statement type
     * @return the statement
     */
    static <S extends SqlStatement<S>> S quiet(S statement) {
        return statement.configure(StatementExceptions.class, c -> c.setMessageRendering(Privacy::render));
    }

    private static String render(StatementException e) {
        String sql = e.getStatementContext() == null ? "?" : e.getStatementContext().getRawSql();
        return e.getShortMessage() + " [statement: \"" + sql + "\", arguments withheld: personal data]";
    }
}
