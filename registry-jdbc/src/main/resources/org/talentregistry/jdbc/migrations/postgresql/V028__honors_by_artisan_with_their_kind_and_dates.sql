-- The index of honors by holder carries each honor's kind and dates, so that the holders of a kind active on
-- a date among some thousands of ids are read from the index alone, one probe per id. Without them the
-- planner priced each probe with a visit to the row, and from about 1,200 ids on it read every active honor
-- of the kind through V027's index instead: with 120,000 of them, a bulk priority screen of 2,000 ids took
-- 45 ms, of which 28-43 ms was that read, against 6-10 ms probing. With them it probes up to about 2,400 ids
-- (a screen of 2,000: 15 ms), and reads the kind from there on (issue 14's data; scratch EXPLAIN ANALYZE).
-- Honors are named once a year: rebuilding the index costs next to nothing.
DROP INDEX ix_tr_honor_artisan;
CREATE INDEX ix_tr_honor_artisan ON tr_honor (tenant_id, artisan_id, id)
    INCLUDE (program_id, tier_code, decision_date, revoked_effective_on);
