-- Technician titles, their priority policies, the bureau's rounds, applications and awards.

-- A title's definition is the Properties text of TitleCodec, the whole title in one row: a replaced
-- definition is one row update, and rounds keep working from the code.
CREATE TABLE tr_technician_title (
    tenant_id   VARCHAR(64)  NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    definition  ${text}      NOT NULL,
    PRIMARY KEY (tenant_id, code)
)${table_options};

-- One row per version of a policy; the primary key is what refuses a second row of the same id and
-- version, also when two are inserted at once. The text holds the whole policy; the other columns repeat
-- what the key and the look-up by title need.
CREATE TABLE tr_priority_policy (
    tenant_id    VARCHAR(64)  NOT NULL,
    policy_id    VARCHAR(40)  NOT NULL,
    version      INT          NOT NULL,
    title_code   VARCHAR(40)  NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_until  DATE,
    definition   ${text}      NOT NULL,
    PRIMARY KEY (tenant_id, policy_id, version)
)${table_options};

CREATE INDEX ix_tr_policy_title ON tr_priority_policy (tenant_id, title_code);

-- The unique key on (tenant, title, year) refuses a second round for a year, also when two are opened at once.
CREATE TABLE tr_title_round (
    id          ${bigint_identity} PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    title_code  VARCHAR(40)  NOT NULL,
    round_year  INT          NOT NULL,
    round_date  DATE         NOT NULL,
    selected    BOOLEAN      NOT NULL,
    opened_at   ${timestamp} NOT NULL,
    CONSTRAINT uq_tr_title_round_year UNIQUE (tenant_id, title_code, round_year),
    CONSTRAINT fk_tr_title_round_title FOREIGN KEY (tenant_id, title_code)
        REFERENCES tr_technician_title (tenant_id, code)
)${table_options};

-- One application per artisan and round, by unique key; the id keeps the order they were recorded in.
-- score_scale keeps the scale the bureau gave the score with, so that 85.5 reads back as 85.5 and not as
-- 85.500. declared_record is personal data.
CREATE TABLE tr_title_application (
    id                   ${bigint_identity} PRIMARY KEY,
    tenant_id            VARCHAR(64)   NOT NULL,
    round_id             BIGINT        NOT NULL,
    artisan_id           BIGINT        NOT NULL,
    score                DECIMAL(9, 3) NOT NULL,
    score_scale          INT           NOT NULL,
    declared_in_service  BOOLEAN,
    declared_record      ${text},
    applied_at           ${timestamp}  NOT NULL,
    CONSTRAINT uq_tr_title_application UNIQUE (tenant_id, round_id, artisan_id),
    CONSTRAINT fk_tr_title_application_round FOREIGN KEY (round_id) REFERENCES tr_title_round (id),
    CONSTRAINT fk_tr_title_application_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id)
)${table_options};

CREATE INDEX ix_tr_title_application_round ON tr_title_application (tenant_id, round_id, id);

-- An award keeps the title's name as awarded. ends_on is the first day the title is no longer held, null
-- for a title held for life. One award per artisan and round.
CREATE TABLE tr_title_award (
    id          ${bigint_identity} PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    title_code  VARCHAR(40)   NOT NULL,
    title_name  VARCHAR(100)  NOT NULL,
    artisan_id  BIGINT        NOT NULL,
    round_id    BIGINT        NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE,
    CONSTRAINT uq_tr_title_award_round_artisan UNIQUE (tenant_id, round_id, artisan_id),
    CONSTRAINT fk_tr_title_award_round FOREIGN KEY (round_id) REFERENCES tr_title_round (id),
    CONSTRAINT fk_tr_title_award_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id)
)${table_options};

CREATE INDEX ix_tr_title_award_artisan ON tr_title_award (tenant_id, artisan_id, id);
