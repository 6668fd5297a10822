-- A conflict the registry computes (a reviewer and a nominee who work for the same employer) was worked out each
-- time a round's conflicts were asked for, from the employers on record then: a round long named could show a
-- conflict a later change of job made, or lose one that held while it was scored. From this release a round
-- records its computed conflicts when its expert review closes (or it is cancelled), and reports the recorded
-- ones from then on. Rounds already past expert review get theirs here, from the employers on record now, the
-- best record there is. A round in public voting is taken too: in most plans the vote comes after expert
-- review, and where it comes before, a recorded conflict holds as the computed one would.
INSERT INTO tr_review_conflict (tenant_id, reviewer_id, nomination_id, round_id, source, reason, dismissal)
SELECT r.tenant_id, r.id, n.id, r.round_id, 'SAME_EMPLOYER',
       CONCAT('reviewer and candidate both work for ', a.employer_name), NULL
FROM tr_reviewer r
JOIN tr_selection_round sr ON sr.id = r.round_id AND sr.tenant_id = r.tenant_id
JOIN tr_nomination n ON n.round_id = r.round_id AND n.tenant_id = r.tenant_id
JOIN tr_artisan a ON a.id = n.artisan_id AND a.tenant_id = n.tenant_id
WHERE r.employer_credit_code IS NOT NULL
  AND r.employer_credit_code = a.employer_credit_code
  AND sr.stage IN ('PUBLIC_VOTING', 'SCORING', 'SITE_VISIT', 'PUBLIC_NOTICE', 'PARTLY_NAMED', 'NAMED', 'CANCELLED')
  AND NOT EXISTS (SELECT 1 FROM tr_review_conflict c
                  WHERE c.tenant_id = r.tenant_id AND c.reviewer_id = r.id AND c.nomination_id = n.id);
