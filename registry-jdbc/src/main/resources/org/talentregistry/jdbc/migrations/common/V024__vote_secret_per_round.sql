-- The vote secret a round's voters are keyed under (org.talentregistry.internal.VoterKeys.id(): 64 bits of the
-- secret's MAC of a fixed text, in hexadecimal, which gives nothing of the secret away). Named by the round's
-- first vote, cast or ingested, and kept: a registry given a new secret while the round takes votes keys its
-- voters under the one named, or refuses to take votes, instead of keying a voter anew and counting them twice.
-- Null until the first vote, and for a round that took votes before this migration until its next one.
ALTER TABLE tr_selection_round ADD COLUMN vote_secret_id VARCHAR(16);
