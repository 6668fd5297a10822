-- Stage plans and naming nominee by nominee: the site visit (实地考察) of a selected nominee, and the public
-- notice each nominee was published in (the round's, or a promoted nominee's own). Shortlisting, deferral
-- and dropping are nomination statuses (tr_nomination.status) and need no table.

-- One visit per nominee; recording again replaces it (the audit trail keeps the earlier one). The note is
-- what the visiting team found.
CREATE TABLE tr_site_visit (
    nomination_id  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    round_id       BIGINT        NOT NULL,
    passed         BOOLEAN       NOT NULL,
    note           VARCHAR(500)  NOT NULL,
    actor_id       VARCHAR(64)   NOT NULL,
    actor_name     VARCHAR(100)  NOT NULL,
    recorded_at    ${timestamp}  NOT NULL,
    CONSTRAINT fk_tr_site_visit_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};

CREATE INDEX ix_tr_site_visit_round ON tr_site_visit (tenant_id, round_id, nomination_id);

-- A nominee is published once: at the round's notice if selected then, or by a notice of its own after
-- moving up from the waitlist.
CREATE TABLE tr_nominee_notice (
    nomination_id  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    round_id       BIGINT        NOT NULL,
    notice_start   DATE          NOT NULL,
    notice_end     DATE          NOT NULL,
    CONSTRAINT fk_tr_nominee_notice_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};

CREATE INDEX ix_tr_nominee_notice_round ON tr_nominee_notice (tenant_id, round_id, nomination_id);
