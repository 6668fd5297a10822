-- Title rounds by region and versions of a title's rules (issue 13, sections 4 and 5). H2 and PostgreSQL;
-- mariadb/ and mysql/ hold the same steps in their grammar.

-- One row per version of a title's rules. Versions never overlap: TitleService checks that under the lock
-- of the title's row in tr_technician_title, which keeps the rules of the version that starts last.
CREATE TABLE tr_title_version (
    tenant_id    VARCHAR(64)  NOT NULL,
    title_code   VARCHAR(40)  NOT NULL,
    version      INT          NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_until  DATE,
    definition   ${text}      NOT NULL,
    PRIMARY KEY (tenant_id, title_code, version),
    CONSTRAINT fk_tr_title_version_title FOREIGN KEY (tenant_id, title_code)
        REFERENCES tr_technician_title (tenant_id, code)
)${table_options};

-- Every title defined so far becomes its version 1, in force from 1800-01-01 (AcceptedValues.EARLIEST_DATE)
-- with no end: its one definition is what every existing round was decided under.
INSERT INTO tr_title_version (tenant_id, title_code, version, valid_from, valid_until, definition)
SELECT tenant_id, code, 1, DATE '1800-01-01', NULL, definition FROM tr_technician_title;

-- A round's issuing region: a city (xxxx00) or a province (xx0000). Existing rounds get, in this order:
-- 1. the province of their applicants when the title has per-city quotas (only provincial titles have them);
-- 2. the city of their applicants when all are registered in one city, else the province (of the lowest
--    code, should applicants span provinces);
-- 3. for a round without applicants, the same from all the artisans of the tenant;
-- 4. for a tenant without artisans, 370300 (淄博市, the registry's first configuration).
ALTER TABLE tr_title_round ADD COLUMN region_code CHAR(6);

UPDATE tr_title_round SET region_code = CASE
    WHEN EXISTS (SELECT 1 FROM tr_technician_title t WHERE t.tenant_id = tr_title_round.tenant_id
        AND t.code = tr_title_round.title_code AND t.definition LIKE '%cityQuota.%')
    THEN (SELECT MIN(SUBSTRING(a.region_code, 1, 2)) || '0000'
        FROM tr_title_application p JOIN tr_artisan a ON a.id = p.artisan_id
        WHERE p.tenant_id = tr_title_round.tenant_id AND p.round_id = tr_title_round.id)
    ELSE (SELECT CASE WHEN MIN(SUBSTRING(a.region_code, 1, 4)) = MAX(SUBSTRING(a.region_code, 1, 4))
            THEN MIN(SUBSTRING(a.region_code, 1, 4)) || '00' ELSE MIN(SUBSTRING(a.region_code, 1, 2)) || '0000' END
        FROM tr_title_application p JOIN tr_artisan a ON a.id = p.artisan_id
        WHERE p.tenant_id = tr_title_round.tenant_id AND p.round_id = tr_title_round.id) END;

UPDATE tr_title_round SET region_code = CASE
    WHEN EXISTS (SELECT 1 FROM tr_technician_title t WHERE t.tenant_id = tr_title_round.tenant_id
        AND t.code = tr_title_round.title_code AND t.definition LIKE '%cityQuota.%')
    THEN (SELECT MIN(SUBSTRING(a.region_code, 1, 2)) || '0000'
        FROM tr_artisan a WHERE a.tenant_id = tr_title_round.tenant_id)
    ELSE (SELECT CASE WHEN MIN(SUBSTRING(a.region_code, 1, 4)) = MAX(SUBSTRING(a.region_code, 1, 4))
            THEN MIN(SUBSTRING(a.region_code, 1, 4)) || '00' ELSE MIN(SUBSTRING(a.region_code, 1, 2)) || '0000' END
        FROM tr_artisan a WHERE a.tenant_id = tr_title_round.tenant_id) END
WHERE region_code IS NULL;

UPDATE tr_title_round SET region_code = '370300' WHERE region_code IS NULL;

ALTER TABLE tr_title_round ALTER COLUMN region_code SET NOT NULL;

-- One round of a title per region and year: 潍坊市's and 淄博市's rounds of a title in one year are two rounds.
-- The new key is added before the old one goes, so that the title's foreign key always has an index.
ALTER TABLE tr_title_round ADD CONSTRAINT uq_tr_title_round_region_year
    UNIQUE (tenant_id, title_code, region_code, round_year);
ALTER TABLE tr_title_round DROP CONSTRAINT uq_tr_title_round_year;

-- An award names the region of its round and the version of the rules it was decided under: existing
-- awards, the region their round got above and version 1.
ALTER TABLE tr_title_award ADD COLUMN region_code CHAR(6);
ALTER TABLE tr_title_award ADD COLUMN rules_version INT;
UPDATE tr_title_award SET rules_version = 1, region_code = (
    SELECT r.region_code FROM tr_title_round r WHERE r.id = tr_title_award.round_id);
ALTER TABLE tr_title_award ALTER COLUMN region_code SET NOT NULL;
ALTER TABLE tr_title_award ALTER COLUMN rules_version SET NOT NULL;
