-- Honors by holder, read from an index alone for a bulk priority check of some thousands of ids. Without
-- this, the planner priced each probe by id with a visit to the row, and from about 1,200 ids on it read
-- all the kind's honors instead. In issue 14's benchmark, with 120,000 of them among 200,000 honors, a
-- screen of 2,000 ids took 45 ms and checkAll 32-47 ms; 28-43 ms of each was that read, where probing took
-- 6-10 ms (scratch EXPLAIN ANALYZE).
--
-- The screen reads which of the ids hold the kind on a date: from the narrow index below. checkAll reads each
-- honor's citation: from ix_tr_honor_artisan, which now carries it. Each read needs its own index: with only
-- the wide one, the planner priced the screen's probes above reading the kind, and the screen stayed slow.
-- With both, a screen of 2,000 ids took 13 ms and checkAll 11 ms; from about 2,000-2,400 ids on the planner
-- still reads the kind's honors, as before.
--
-- Honors are named once a year, so the indexes cost their writes next to nothing.
DROP INDEX ix_tr_honor_artisan;
CREATE INDEX ix_tr_honor_artisan ON tr_honor (tenant_id, artisan_id, id)
    INCLUDE (program_id, tier_code, tier_name, honor_year, decision_number, decision_date, revoked_effective_on);
CREATE INDEX ix_tr_honor_holder ON tr_honor (tenant_id, artisan_id)
    INCLUDE (program_id, tier_code, decision_date, revoked_effective_on);
