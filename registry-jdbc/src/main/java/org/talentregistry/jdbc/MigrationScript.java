package org.talentregistry.jdbc;

import java.util.Objects;

/**
 * One of the registry's schema migrations, resolved for one database: overrides chosen and placeholders
 * filled in.
 *
 * @param version the version, counted from 1
 * @param fileName the file name in Flyway's form, e.g. {@code V001__create_artisans.sql}
 * @param sql the SQL text, statements separated by semicolons at line ends
 * @param checksum the SHA-256 of the SQL text in hex, recorded in the history table
 */
public record MigrationScript(int version, String fileName, String sql, String checksum) {
    /**
     * Creates a script.
     *
     * @param version the version, positive
     * @param fileName the file name, not null
     * @param sql the SQL, not null
     * @param checksum the checksum, not null
     */
    public MigrationScript {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(checksum, "checksum");
    }

    /**
     * Returns the description part of the file name, e.g. {@code create artisans}.
     *
     * @return the description, not null
     */
    public String description() {
        String base = fileName.substring(fileName.indexOf("__") + 2, fileName.length() - ".sql".length());
        return base.replace('_', ' ');
    }
}
