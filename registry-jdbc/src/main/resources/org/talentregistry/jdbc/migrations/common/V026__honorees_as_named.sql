-- An honor keeps its honoree as the naming decision named them: the name, employer and occupation on record
-- that day. A decision's honor roll (表彰名单, Honors.roll) printed years later then reads as it was published;
-- before, it printed each honoree's record as it stood when printed. Honors granted before this migration get
-- the record as it stands now, the best there is.
ALTER TABLE tr_honor ADD COLUMN honoree_name VARCHAR(100);
ALTER TABLE tr_honor ADD COLUMN honoree_employer VARCHAR(200);
ALTER TABLE tr_honor ADD COLUMN honoree_occupation VARCHAR(100);

UPDATE tr_honor SET
    honoree_name = (SELECT a.name FROM tr_artisan a WHERE a.id = tr_honor.artisan_id),
    honoree_employer = (SELECT a.employer_name FROM tr_artisan a WHERE a.id = tr_honor.artisan_id),
    honoree_occupation = (SELECT a.occupation_name FROM tr_artisan a WHERE a.id = tr_honor.artisan_id);
