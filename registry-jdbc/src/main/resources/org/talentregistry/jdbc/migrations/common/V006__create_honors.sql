-- Honors, the naming decisions that granted them, and the talent-pool memberships they brought.

-- One row per naming decision number, claimed by the first round whose honors carry it: the primary key
-- is what refuses the number to a second round, also when two rounds are named at once.
CREATE TABLE tr_naming_decision (
    tenant_id        VARCHAR(64)  NOT NULL,
    decision_number  VARCHAR(60)  NOT NULL,
    round_id         BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, decision_number),
    CONSTRAINT fk_tr_decision_round FOREIGN KEY (round_id) REFERENCES tr_selection_round (id)
)${table_options};

-- An honor keeps the program's name and the tier's as granted, and its decision as issued; a revocation
-- fills the revoked_* columns and the row stays.
CREATE TABLE tr_honor (
    id                    ${bigint_identity} PRIMARY KEY,
    tenant_id             VARCHAR(64)  NOT NULL,
    program_id            BIGINT       NOT NULL,
    program_name          VARCHAR(100) NOT NULL,
    tier_code             VARCHAR(20)  NOT NULL,
    tier_name             VARCHAR(100) NOT NULL,
    honor_year            INT          NOT NULL,
    round_id              BIGINT       NOT NULL,
    artisan_id            BIGINT       NOT NULL,
    decision_number       VARCHAR(60)  NOT NULL,
    decision_date         DATE         NOT NULL,
    issuing_body          VARCHAR(200) NOT NULL,
    certificate_number    VARCHAR(100) NOT NULL,
    revoked_reason        VARCHAR(30),
    revoked_detail        VARCHAR(500),
    revoked_effective_on  DATE,
    revoked_approved_by   VARCHAR(200),
    revoked_by_id         VARCHAR(64),
    revoked_by_name       VARCHAR(100),
    CONSTRAINT uq_tr_honor_round_artisan UNIQUE (tenant_id, round_id, artisan_id),
    CONSTRAINT fk_tr_honor_program FOREIGN KEY (program_id) REFERENCES tr_honor_program (id),
    CONSTRAINT fk_tr_honor_round FOREIGN KEY (round_id) REFERENCES tr_selection_round (id),
    CONSTRAINT fk_tr_honor_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id),
    CONSTRAINT fk_tr_honor_decision FOREIGN KEY (tenant_id, decision_number)
        REFERENCES tr_naming_decision (tenant_id, decision_number)
)${table_options};

CREATE INDEX ix_tr_honor_artisan ON tr_honor (tenant_id, artisan_id, id);
CREATE INDEX ix_tr_honor_program ON tr_honor (tenant_id, program_id, id);
CREATE INDEX ix_tr_honor_decision ON tr_honor (tenant_id, decision_number, id);

-- Talent-pool memberships, one per honor of a pool tier. until_date is the first day the membership no
-- longer holds.
CREATE TABLE tr_pool_membership (
    honor_id    BIGINT       NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    artisan_id  BIGINT       NOT NULL,
    program_id  BIGINT       NOT NULL,
    tier_code   VARCHAR(20)  NOT NULL,
    since_date  DATE         NOT NULL,
    until_date  DATE,
    CONSTRAINT fk_tr_pool_honor FOREIGN KEY (honor_id) REFERENCES tr_honor (id)
)${table_options};

CREATE INDEX ix_tr_pool_artisan ON tr_pool_membership (tenant_id, artisan_id, honor_id);
CREATE INDEX ix_tr_pool_since ON tr_pool_membership (tenant_id, since_date);
