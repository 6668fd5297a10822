/**
 * Talent Registry's store on Jdbi 3, with bundled migrations for H2, PostgreSQL, MariaDB and MySQL.
 */
module org.talentregistry.jdbc {
    requires transitive org.talentregistry.core;
    requires transitive java.sql;
    requires transitive org.jdbi.v3.core;
    requires org.slf4j;
    requires com.h2database;
    // Only where the host runs on PostgreSQL, and brings the driver: see Dialect.planForItsIds.
    requires static org.postgresql.jdbc;

    exports org.talentregistry.jdbc;

    opens org.talentregistry.jdbc.migrations;
}
