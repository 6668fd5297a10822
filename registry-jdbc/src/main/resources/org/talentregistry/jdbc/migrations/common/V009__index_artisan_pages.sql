-- Listing artisans pages through a tenant by id (a cursor after the last id of the previous page), and reads
-- the certificates of a page by its id range. Without these indexes H2 answers both through the tenant's
-- prefix of another index and reads the whole tenant for every page: an export of 100,000 artisans read
-- 100 pages of 100,000 rows each.
CREATE INDEX ix_tr_artisan_tenant_id ON tr_artisan (tenant_id, id);
CREATE INDEX ix_tr_certificate_artisan ON tr_skill_certificate (tenant_id, artisan_id, position);
