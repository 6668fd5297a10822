-- Voter keys as the 32 bytes of the HMAC-SHA256 instead of 64 hex characters: half the primary key's size,
-- so ingestion writes and caches half the index, and a key's comparison is a byte comparison. Keys stored
-- before are converted, not dropped: a round still in public voting keeps refusing its voters' second vote.
-- The table is rebuilt rather than altered in place: one pass over the rows, and the columns keep their order.
-- H2 has no hex-decoding function for binary strings; a UUID is 32 hex digits, so each half of a key is
-- read as one and cast to its 16 bytes.
CREATE TABLE tr_vote_binary_keys (
    round_id       BIGINT       NOT NULL,
    voter_key      BINARY(32)   NOT NULL,
    tenant_id      VARCHAR(64)  NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    cast_at        ${timestamp} NOT NULL,
    PRIMARY KEY (round_id, voter_key)
);

INSERT INTO tr_vote_binary_keys (round_id, voter_key, tenant_id, nomination_id, cast_at)
SELECT round_id,
       CAST(CAST(SUBSTRING(voter_key, 1, 32) AS UUID) AS BINARY(16)) || CAST(CAST(SUBSTRING(voter_key, 33, 32) AS UUID) AS BINARY(16)),
       tenant_id, nomination_id, cast_at
FROM tr_vote;

DROP TABLE tr_vote;

ALTER TABLE tr_vote_binary_keys RENAME TO tr_vote;
