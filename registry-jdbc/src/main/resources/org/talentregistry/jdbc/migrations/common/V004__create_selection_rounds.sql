-- Selection rounds and what happens in them: nominations with their eligibility verdicts, expert
-- reviewers, conflicts of interest, expert scores and objections. Public votes are in V005.

-- The unique key on (tenant, program, year) is what refuses a second round for a year, also when two
-- are opened at once.
CREATE TABLE tr_selection_round (
    id               ${bigint_identity} PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    program_id       BIGINT       NOT NULL,
    program_version  INT          NOT NULL,
    round_year       INT          NOT NULL,
    stage            VARCHAR(30)  NOT NULL,
    notice_start     DATE,
    notice_end       DATE,
    opened_at        ${timestamp} NOT NULL,
    cancel_reason    ${text},
    CONSTRAINT uq_tr_round_year UNIQUE (tenant_id, program_id, round_year),
    CONSTRAINT fk_tr_round_program FOREIGN KEY (program_id) REFERENCES tr_honor_program (id)
)${table_options};

-- One nomination per artisan and round, by unique key. verdict_as_of is null until the eligibility review
-- gave a verdict; the verdict's lines are in tr_verdict_line (a verdict may have none). declared_record is
-- personal data.
CREATE TABLE tr_nomination (
    id                   ${bigint_identity} PRIMARY KEY,
    tenant_id            VARCHAR(64)  NOT NULL,
    round_id             BIGINT       NOT NULL,
    artisan_id           BIGINT       NOT NULL,
    channel              VARCHAR(20)  NOT NULL,
    nominator            VARCHAR(200) NOT NULL,
    declared_in_service  BOOLEAN,
    declared_record      ${text},
    submitted_at         ${timestamp} NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    verdict_as_of        DATE,
    votes_brushed        BOOLEAN      NOT NULL,
    CONSTRAINT uq_tr_nomination_artisan UNIQUE (tenant_id, round_id, artisan_id),
    CONSTRAINT fk_tr_nomination_round FOREIGN KEY (round_id) REFERENCES tr_selection_round (id),
    CONSTRAINT fk_tr_nomination_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id)
)${table_options};

CREATE INDEX ix_tr_nomination_round ON tr_nomination (tenant_id, round_id, id);

CREATE TABLE tr_verdict_line (
    nomination_id         BIGINT       NOT NULL,
    position              INT          NOT NULL,
    tenant_id             VARCHAR(64)  NOT NULL,
    criterion_id          VARCHAR(40)  NOT NULL,
    rule_text             ${text}      NOT NULL,
    outcome               VARCHAR(20)  NOT NULL,
    facts                 ${text}      NOT NULL,
    clearance_reason      ${text},
    clearance_actor_id    VARCHAR(64),
    clearance_actor_name  VARCHAR(100),
    cleared_at            ${timestamp},
    PRIMARY KEY (nomination_id, position),
    CONSTRAINT fk_tr_verdict_line_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};

CREATE TABLE tr_reviewer (
    id                         ${bigint_identity} PRIMARY KEY,
    tenant_id                  VARCHAR(64)  NOT NULL,
    round_id                   BIGINT       NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    employer_credit_code       CHAR(18),
    employer_credit_override   VARCHAR(500),
    CONSTRAINT fk_tr_reviewer_round FOREIGN KEY (round_id) REFERENCES tr_selection_round (id)
)${table_options};

CREATE INDEX ix_tr_reviewer_round ON tr_reviewer (tenant_id, round_id, id);

-- Declared conflicts and dismissals of computed ones; a computed conflict nobody dismissed is not stored.
-- Conflicts and scores are written by upsert on their primary key; the tenant leads the key so that an
-- upsert can only ever meet a row of its own tenant.
CREATE TABLE tr_review_conflict (
    tenant_id      VARCHAR(64)  NOT NULL,
    reviewer_id    BIGINT       NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    round_id       BIGINT       NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    reason         ${text}      NOT NULL,
    dismissal      ${text},
    PRIMARY KEY (tenant_id, reviewer_id, nomination_id),
    CONSTRAINT fk_tr_conflict_reviewer FOREIGN KEY (reviewer_id) REFERENCES tr_reviewer (id),
    CONSTRAINT fk_tr_conflict_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};

CREATE INDEX ix_tr_conflict_round ON tr_review_conflict (tenant_id, round_id);

-- One score per reviewer and nominee, its points per review item in tr_expert_score_item. points_scale
-- keeps the scale the points were given with, so that 35 reads back as 35 and not as 35.000.
CREATE TABLE tr_expert_score (
    tenant_id      VARCHAR(64)  NOT NULL,
    reviewer_id    BIGINT       NOT NULL,
    nomination_id  BIGINT       NOT NULL,
    round_id       BIGINT       NOT NULL,
    scored_at      ${timestamp} NOT NULL,
    PRIMARY KEY (tenant_id, reviewer_id, nomination_id),
    CONSTRAINT fk_tr_score_reviewer FOREIGN KEY (reviewer_id) REFERENCES tr_reviewer (id),
    CONSTRAINT fk_tr_score_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};

CREATE INDEX ix_tr_score_round ON tr_expert_score (tenant_id, round_id);
CREATE INDEX ix_tr_score_nomination ON tr_expert_score (tenant_id, nomination_id, reviewer_id);

CREATE TABLE tr_expert_score_item (
    tenant_id      VARCHAR(64)   NOT NULL,
    reviewer_id    BIGINT        NOT NULL,
    nomination_id  BIGINT        NOT NULL,
    item_code      VARCHAR(20)   NOT NULL,
    points         DECIMAL(7, 3) NOT NULL,
    points_scale   SMALLINT      NOT NULL,
    PRIMARY KEY (tenant_id, reviewer_id, nomination_id, item_code),
    CONSTRAINT fk_tr_score_item_score FOREIGN KEY (tenant_id, reviewer_id, nomination_id)
        REFERENCES tr_expert_score (tenant_id, reviewer_id, nomination_id)
)${table_options};

-- Objections filed during the public notice, under the objector's real name (personal data).
CREATE TABLE tr_objection (
    id               ${bigint_identity} PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    round_id         BIGINT       NOT NULL,
    nomination_id    BIGINT       NOT NULL,
    objector         VARCHAR(200) NOT NULL,
    grounds          ${text}      NOT NULL,
    filed_at         ${timestamp} NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    decision_reason  ${text},
    CONSTRAINT fk_tr_objection_round FOREIGN KEY (round_id) REFERENCES tr_selection_round (id),
    CONSTRAINT fk_tr_objection_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};

CREATE INDEX ix_tr_objection_round ON tr_objection (tenant_id, round_id, id);
