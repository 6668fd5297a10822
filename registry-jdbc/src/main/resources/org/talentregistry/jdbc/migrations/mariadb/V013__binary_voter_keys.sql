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

-- One vote cast, as MariaDbVoteWriter calls it on a connection in auto-commit mode: check the round, store the
-- vote if its key is absent, add it to the tally, in one transaction and one round trip. The server compiles
-- the body once per connection, where a compound statement sent by the client is parsed on every call.
-- Answers one row: whether the round takes votes, and whether the vote was stored. The registry falls back
-- to sending the same steps itself where the procedure is missing or the user may not execute it.
CREATE PROCEDURE tr_cast_vote(IN p_round BIGINT, IN p_key BINARY(32), IN p_tenant VARCHAR(64), IN p_nominee BIGINT,
                              IN p_cast_at DATETIME(6))
MODIFIES SQL DATA
SQL SECURITY INVOKER
BEGIN
    DECLARE voting INT DEFAULT 0;
    DECLARE stored INT DEFAULT 0;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
    START TRANSACTION;
    SELECT COUNT(*) INTO voting FROM tr_selection_round WHERE id = p_round AND tenant_id = p_tenant AND stage = 'PUBLIC_VOTING';
    IF voting > 0 THEN
        INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)
        VALUES (p_round, p_key, p_tenant, p_nominee, p_cast_at);
        SET stored = ROW_COUNT();
        IF stored > 0 THEN
            INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES (p_round, p_nominee, p_tenant, 1)
            ON DUPLICATE KEY UPDATE votes = votes + 1;
        END IF;
    END IF;
    COMMIT;
    SELECT voting, stored;
END;
