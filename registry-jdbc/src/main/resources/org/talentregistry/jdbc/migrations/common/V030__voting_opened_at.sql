-- When a round entered public voting: a vote cast before it is refused, as one cast before the round was opened
-- always was. Null until then, and for a round that entered it before this migration, whose votes are then
-- checked against the time the round was opened.
ALTER TABLE tr_selection_round ADD COLUMN voting_opened_at ${timestamp};
