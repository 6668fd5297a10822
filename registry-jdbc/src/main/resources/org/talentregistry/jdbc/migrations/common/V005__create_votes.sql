-- Public votes. Only a keyed hash of what the round's vote policy identifies a voter by is stored
-- (voter_key, HMAC-SHA256 in hex); the primary key makes the database refuse a second vote per key, also
-- between concurrent transactions. Round ids are unique across tenants, so the key needs no tenant_id.
-- There are no foreign keys to the round or the nomination, on purpose: bulk ingestion writes hundreds of
-- thousands of rows, and each would pay a look-up in both parent tables, while MariaDB would also take a
-- shared lock on the parent rows that makes ingestion queue behind every update of the round. The registry
-- checks the round's stage and the nominee before it stores a vote.
-- Rows are deleted (VoteStore.purgeKeys) once the round and its objection window are closed: voter keys
-- are personal data kept no longer than needed; the tally stays.
CREATE TABLE tr_vote (
    round_id       BIGINT       NOT NULL,
    voter_key      CHAR(64)     NOT NULL,
    tenant_id      VARCHAR(64)  NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    cast_at        ${timestamp} NOT NULL,
    PRIMARY KEY (round_id, voter_key)
)${table_options};

-- Accepted votes per nominee, kept in the transaction that accepts them, so that ranking a round reads a
-- row per nominee and never counts tr_vote (which purging empties anyway).
CREATE TABLE tr_vote_tally (
    round_id       BIGINT       NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    tenant_id      VARCHAR(64)  NOT NULL,
    votes          BIGINT       NOT NULL,
    PRIMARY KEY (round_id, nomination_id)
)${table_options};
