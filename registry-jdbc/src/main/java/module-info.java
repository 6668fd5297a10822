/**
 * Talent Registry's store on Jdbi 3, with bundled migrations for H2, PostgreSQL, MariaDB and MySQL.
 */
module org.talentregistry.jdbc {
    requires transitive org.talentregistry.core;
    requires transitive java.sql;
    requires transitive org.jdbi.v3.core;
    // Jdbi is an automatic module, so it cannot declare that it needs GeAnTyRef, an explicit module that
    // nothing else requires: without this line a modular host would have to pass
    // --add-modules io.leangen.geantyref. This project does not use it directly.
    requires io.leangen.geantyref;
    requires org.slf4j;
    // Only EmbeddedRegistry uses H2, and refuses clearly without it: a host on PostgreSQL or MariaDB needs no H2.
    requires static com.h2database;
    // Only where the host runs on PostgreSQL, and brings the driver: see Dialect.planForItsIds.
    requires static org.postgresql.jdbc;

    exports org.talentregistry.jdbc;

    opens org.talentregistry.jdbc.migrations;
}
