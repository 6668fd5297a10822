-- The audit trail of a period is read a page at a time along this index: tenant, time, then sequence.
CREATE INDEX ix_tr_audit_period ON tr_audit_event (tenant_id, occurred_at, sequence_no);
