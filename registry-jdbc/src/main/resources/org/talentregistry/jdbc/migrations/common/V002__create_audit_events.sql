-- One row per change, written in the change's own transaction. States are JSON with personal data masked.
CREATE TABLE tr_audit_event (
    sequence_no   ${bigint_identity} PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    occurred_at   ${timestamp} NOT NULL,
    actor_id      VARCHAR(64)  NOT NULL,
    actor_name    VARCHAR(100) NOT NULL,
    action        VARCHAR(100) NOT NULL,
    entity_type   VARCHAR(50)  NOT NULL,
    entity_id     VARCHAR(100) NOT NULL,
    before_state  ${text},
    after_state   ${text},
    note          ${text}
)${table_options};

CREATE INDEX ix_tr_audit_entity ON tr_audit_event (tenant_id, entity_type, entity_id, sequence_no);
