-- A nomination keeps the name its nominee is ranked under once the round is named: an honoree's as at their
-- naming, which their honor keeps too (V026), anyone else's as at the round's first naming. From then on the
-- round's ranking (SelectionRounds.ranking, and the exports that print it) reads as it stood, as a decision's
-- honor roll does since V026 and a technician round's ranking since V023; before, it showed each nominee's
-- record as it stood when asked. Rounds named before this migration get, for an honoree, the name their honor
-- kept, and for the others the record as it stands now, the best there is.
ALTER TABLE tr_nomination ADD COLUMN ranked_name VARCHAR(100);

UPDATE tr_nomination SET ranked_name = COALESCE(
        (SELECT h.honoree_name FROM tr_honor h
          WHERE h.tenant_id = tr_nomination.tenant_id AND h.round_id = tr_nomination.round_id
            AND h.artisan_id = tr_nomination.artisan_id),
        (SELECT a.name FROM tr_artisan a WHERE a.id = tr_nomination.artisan_id))
    WHERE round_id IN (SELECT r.id FROM tr_selection_round r WHERE r.stage IN ('PARTLY_NAMED', 'NAMED'));
