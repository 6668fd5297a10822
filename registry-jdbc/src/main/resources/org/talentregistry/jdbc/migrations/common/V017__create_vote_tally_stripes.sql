-- Votes that single casts added, per round, nominee and stripe (issue 14). A nominee's tally is its row in
-- tr_vote_tally plus the sum of its rows here; every reader adds both, and every round's rows go together.
-- Batches add to tr_vote_tally and never lock these rows. An H2 cast stores its vote first and then adds one
-- to a stripe row picked by the voter key's first byte, so it never waits for a tally row that a batch (or
-- another cast of the same nominee) holds while that one still has statements to run: a cast takes a key,
-- then a stripe row, and a stripe holder has nothing left to wait for. Sixteen stripes spread a nominee's
-- concurrent casts so that they rarely meet on a row. The table exists on every database, so that the
-- schema is one; only H2's casts write it now.
CREATE TABLE tr_vote_tally_stripe (
    round_id       BIGINT       NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    stripe         SMALLINT     NOT NULL,
    tenant_id      VARCHAR(64)  NOT NULL,
    votes          BIGINT       NOT NULL,
    PRIMARY KEY (round_id, nomination_id, stripe)
)${table_options};
