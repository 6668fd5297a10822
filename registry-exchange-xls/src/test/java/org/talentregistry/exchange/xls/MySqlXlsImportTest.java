package org.talentregistry.exchange.xls;

import org.talentregistry.jdbc.Database;

/** Excel 97-2003 imports on the MySQL path (Connector/J against the MariaDB server). */
class MySqlXlsImportTest extends XlsImportContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
