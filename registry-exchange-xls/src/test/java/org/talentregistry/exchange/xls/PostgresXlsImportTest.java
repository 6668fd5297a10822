package org.talentregistry.exchange.xls;

import org.talentregistry.jdbc.Database;

/** Excel 97-2003 imports on PostgreSQL. */
class PostgresXlsImportTest extends XlsImportContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
