package org.talentregistry.exchange.xls;

import org.talentregistry.jdbc.Database;

/** Excel 97-2003 imports on H2. */
class H2XlsImportTest extends XlsImportContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
