package org.talentregistry.jdbc;

/** What the registry says to people, on H2. */
class H2LanguagesTest extends LanguagesContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
