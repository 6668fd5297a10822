package org.talentregistry.spring;

import java.util.List;
import java.util.Objects;
import org.talentregistry.RegistryException;

/**
 * Thrown at start-up when {@code talent-registry.schema.management=flyway} and the registry's scripts are
 * not all applied, or an applied one differs from this jar's.
 */
public class SchemaNotCurrentException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String table;
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param location the Flyway location of the registry's scripts, e.g. {@code classpath:db/talent-registry/postgresql}, not null
     * @param table the Flyway history table, not null
     * @param problems one line per pending or mismatched script, not null, not empty; copied
     */
    public SchemaNotCurrentException(String location, String table, List<String> problems) {
        super("the registry's schema is not current in Flyway table " + table + " (scripts at " + location + "): "
                + String.join("; ", problems));
        this.location = Objects.requireNonNull(location, "location");
        this.table = Objects.requireNonNull(table, "table");
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the Flyway location of the registry's scripts for this database.
     *
     * @return the location, not null
     */
    public String getLocation() {
        return location;
    }

    /**
     * Returns the Flyway history table that was checked.
     *
     * @return the table name, not null
     */
    public String getTable() {
        return table;
    }

    /**
     * Returns what is wrong, one line per script.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> getProblems() {
        return problems;
    }
}
