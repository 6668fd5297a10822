-- The bulk priority check reads the birth dates of many artisans by id. This index covers that read, so
-- that it never has to visit the artisan rows: on MariaDB, whose rows live in the primary key, a million
-- artisans outgrow a small buffer pool and every missed row is a disk read.
CREATE INDEX ix_tr_artisan_birth_date ON tr_artisan (id, tenant_id, birth_date);
