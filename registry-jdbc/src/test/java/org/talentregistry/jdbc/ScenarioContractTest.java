package org.talentregistry.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.talentregistry.selection.SelectionRounds;

/** A contract test whose every test runs a {@link SelectionScenario} of its own: a fresh tenant, clock and registry. */
abstract class ScenarioContractTest extends DatabaseContractTest {
    protected SelectionScenario scenario;
    protected SelectionRounds rounds;

    @BeforeEach
    void newScenario() {
        scenario = new SelectionScenario(store);
        rounds = scenario.rounds;
    }
}
