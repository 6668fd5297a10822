-- Talent-pool memberships of every source: an honor of a pool tier (source HONOR, one membership per honor)
-- or an addition by the bureau from another source, such as a technician title (source ADDED, described
-- in source_note). They replace tr_pool_membership, which could hold only the first kind. A membership ends
-- once: until_date is the first day it no longer holds, leave_reason says why (HONOR_REVOKED, DECEASED,
-- LEFT_CITY, REQUESTED, OTHER) and left_by_* who recorded it. Ended rows stay: they are the pool's history.
CREATE TABLE tr_pool_member (
    id                ${bigint_identity} PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    artisan_id        BIGINT       NOT NULL,
    source            VARCHAR(10)  NOT NULL,
    honor_id          BIGINT,
    program_id        BIGINT,
    tier_code         VARCHAR(20),
    honor_year        INT,
    source_note       VARCHAR(200),
    since_date        DATE         NOT NULL,
    until_date        DATE,
    leave_reason      VARCHAR(20),
    leave_note        VARCHAR(500),
    entered_by_id     VARCHAR(64)  NOT NULL,
    entered_by_name   VARCHAR(100) NOT NULL,
    left_by_id        VARCHAR(64),
    left_by_name      VARCHAR(100),
    CONSTRAINT uq_tr_pool_member_honor UNIQUE (honor_id),
    CONSTRAINT fk_tr_pool_member_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id),
    CONSTRAINT fk_tr_pool_member_honor FOREIGN KEY (honor_id) REFERENCES tr_honor (id)
)${table_options};

-- The memberships V006 recorded came with the naming of their honor; who named it is in the audit trail,
-- not in tr_honor, so they are entered by the migration.
INSERT INTO tr_pool_member (tenant_id, artisan_id, source, honor_id, program_id, tier_code, honor_year,
        since_date, until_date, leave_reason, entered_by_id, entered_by_name, left_by_id, left_by_name)
    SELECT m.tenant_id, m.artisan_id, 'HONOR', m.honor_id, m.program_id, m.tier_code, h.honor_year,
        m.since_date, m.until_date, CASE WHEN m.until_date IS NULL THEN NULL ELSE 'HONOR_REVOKED' END,
        'system:migration', 'migration', h.revoked_by_id, h.revoked_by_name
    FROM tr_pool_membership m JOIN tr_honor h ON h.id = m.honor_id;

DROP TABLE tr_pool_membership;

CREATE INDEX ix_tr_pool_member_artisan ON tr_pool_member (tenant_id, artisan_id, id);
CREATE INDEX ix_tr_pool_member_since ON tr_pool_member (tenant_id, since_date);
