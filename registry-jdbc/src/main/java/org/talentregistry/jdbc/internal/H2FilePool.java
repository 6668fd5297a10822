package org.talentregistry.jdbc.internal;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * H2's connection pool behind a class of its own. The module only {@code requires static com.h2database},
 * so H2 may be missing at run time: keeping every H2 type here lets {@code EmbeddedRegistry} load, check
 * for H2 and refuse with a clear message instead of a {@code NoClassDefFoundError}.
 */
public final class H2FilePool {
    private final JdbcConnectionPool pool;

    private H2FilePool(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens a pool on an H2 database. Call only once {@link #isPresent()} said yes.
     *
     * @param url the JDBC URL
     * @return the pool
     */
    public static H2FilePool open(String url) {
        return new H2FilePool(JdbcConnectionPool.create(url, "sa", ""));
    }

    /**
     * Says whether H2's classes can be loaded by this module.
     *
     * @return true if H2 is on the class path, or on the module path and resolved
     */
    public static boolean isPresent() {
        try {
            Class.forName("org.h2.jdbcx.JdbcConnectionPool", false, H2FilePool.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Returns the pool as a data source.
     *
     * @return the pool
     */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes the pool's connections, and so the database. */
    public void dispose() {
        pool.dispose();
    }
}
