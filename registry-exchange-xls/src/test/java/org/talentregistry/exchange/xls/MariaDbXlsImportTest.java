package org.talentregistry.exchange.xls;

import org.talentregistry.jdbc.Database;

/** Excel 97-2003 imports on MariaDB. */
class MariaDbXlsImportTest extends XlsImportContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
