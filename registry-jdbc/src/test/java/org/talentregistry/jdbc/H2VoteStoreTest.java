package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.spi.VoteStore.CastResult;

/** The vote-store contract on H2, and where H2 counts single casts. */
class H2VoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.H2;
    }

    /**
     * A single cast counts on a stripe row of its nominee, which batches never lock, and a batch on the
     * nominee's tally row; the tally adds both. A duplicate cast writes nothing.
     */
    @Test
    void cast_countsOnAStripeRow_batchOnTheTallyRow_andTheTallyAddsBoth() {
        CastResult first = cast(round, WANG, 1);
        CastResult again = cast(round, LI, 1);
        long ingested = ingest(round, List.of(vote(WANG, 2), vote(LI, 3)));

        assertThat(first).isEqualTo(CastResult.STORED);
        assertThat(again).isEqualTo(CastResult.DUPLICATE);
        assertThat(ingested).isEqualTo(2);
        assertThat(votesIn("tr_vote_tally_stripe", round)).isEqualTo(1);
        assertThat(votesIn("tr_vote_tally", round)).isEqualTo(2);
        assertThat(tally(round)).containsExactly(Map.entry(WANG, 2L), Map.entry(LI, 1L));
    }
}
