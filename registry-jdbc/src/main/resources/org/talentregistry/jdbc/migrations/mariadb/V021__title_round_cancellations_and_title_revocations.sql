-- A title round may be cancelled before its selection (TechnicianTitles.cancelRound): cancelled_on and
-- cancel_reason are set, and cancel_key becomes the round's own id. It is 0 for every round not cancelled, so
-- the unique key still holds one such round of a title per region and year, and a cancelled round leaves its
-- year to a new one.
-- The new key is added before the old one goes, so that the title's foreign key always has an index.
-- MariaDB and MySQL 8: DROP INDEX for DROP CONSTRAINT.
ALTER TABLE tr_title_round ADD COLUMN cancelled_on DATE;
ALTER TABLE tr_title_round ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE tr_title_round ADD COLUMN cancel_key BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE tr_title_round ADD CONSTRAINT uq_tr_title_round_live
    UNIQUE (tenant_id, title_code, region_code, round_year, cancel_key);
ALTER TABLE tr_title_round DROP INDEX uq_tr_title_round_region_year;

-- A title award may be revoked (TechnicianTitles.revokeAward): the revoked_* columns are filled, as tr_honor's
-- are, and the row stays.
ALTER TABLE tr_title_award ADD COLUMN revoked_reason VARCHAR(30);
ALTER TABLE tr_title_award ADD COLUMN revoked_detail VARCHAR(500);
ALTER TABLE tr_title_award ADD COLUMN revoked_effective_on DATE;
ALTER TABLE tr_title_award ADD COLUMN revoked_approved_by VARCHAR(200);
ALTER TABLE tr_title_award ADD COLUMN revoked_by_id VARCHAR(64);
ALTER TABLE tr_title_award ADD COLUMN revoked_by_name VARCHAR(100);
