/**
 * A modular host of the registry, compiled and run by JpmsHostIT on the module path with the built jars.
 * It names only the registry; the PostgreSQL driver is static because only one of its runs has it.
 */
module org.example.host {
    requires org.talentregistry.jdbc;
    requires static org.postgresql.jdbc;
    // javac must see javax.naming.Referenceable, which PGSimpleDataSource implements; the driver is an
    // automatic module and cannot say so. At run time java.naming is resolved without it (service binding).
    requires static java.naming;
}
