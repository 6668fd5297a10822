-- Voter keys as the 32 bytes of the HMAC-SHA256 instead of 64 hex characters: half the primary key's size,
-- so ingestion writes and caches half the index, and a key's comparison is a byte comparison. Keys stored
-- before are converted, not dropped: a round still in public voting keeps refusing its voters' second vote.
-- The table is rebuilt rather than altered in place: one pass over the rows, and the columns keep their order.
-- (DDL commits on this database: if the copy fails, drop tr_vote_binary_keys before running this again.)
CREATE TABLE tr_vote_binary_keys (
    round_id       BIGINT       NOT NULL,
    voter_key      BINARY(32)   NOT NULL,
    tenant_id      VARCHAR(64)  NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    cast_at        ${timestamp} NOT NULL,
    PRIMARY KEY (round_id, voter_key)
)${table_options};

INSERT INTO tr_vote_binary_keys (round_id, voter_key, tenant_id, nomination_id, cast_at)
SELECT round_id, UNHEX(voter_key), tenant_id, nomination_id, cast_at FROM tr_vote ORDER BY round_id, voter_key;

DROP TABLE tr_vote;

RENAME TABLE tr_vote_binary_keys TO tr_vote;
