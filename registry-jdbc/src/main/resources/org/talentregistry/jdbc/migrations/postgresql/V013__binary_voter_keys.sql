-- Voter keys as the 32 bytes of the HMAC-SHA256 instead of 64 hex characters: half the primary key's size,
-- so ingestion writes and caches half the index, and a key's comparison is a byte comparison. Keys stored
-- before are converted, not dropped: a round still in public voting keeps refusing its voters' second vote.
-- PostgreSQL rewrites the table and rebuilds its primary key in this one statement.
ALTER TABLE tr_vote ALTER COLUMN voter_key TYPE BYTEA USING decode(voter_key, 'hex');

-- A key of another length would be another voter to the primary key.
ALTER TABLE tr_vote ADD CONSTRAINT tr_vote_key_length CHECK (octet_length(voter_key) = 32);
