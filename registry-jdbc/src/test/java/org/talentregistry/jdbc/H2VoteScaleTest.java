package org.talentregistry.jdbc;

/** The vote component's scale when a nominee leaves after the vote, on H2. */
class H2VoteScaleTest extends VoteScaleContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
