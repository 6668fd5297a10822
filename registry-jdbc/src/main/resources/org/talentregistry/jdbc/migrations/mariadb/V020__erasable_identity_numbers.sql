-- An artisan's resident identity number may be erased (PersonalData.eraseIdentityNumber, or the retention
-- purge once the artisan left the pool long enough ago): resident_id becomes NULL, and resident_key (the
-- number's keyed hash) and birth_date stay, so the artisan is still found by the number and a second
-- registration of it is still refused. MariaDB and MySQL state the column again (MODIFY) to drop NOT NULL.
ALTER TABLE tr_artisan MODIFY resident_id CHAR(18) NULL;
