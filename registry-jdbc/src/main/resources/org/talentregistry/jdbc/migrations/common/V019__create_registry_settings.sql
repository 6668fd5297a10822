-- Settings the registry keeps for itself, one row each, made by the store when it first starts on the database
-- (never by this script, so that a host's own migration tool applies it as it is):
--   resident-key.secret  32 random bytes in hex, the key of the HMAC-SHA256 that tr_artisan.resident_key holds
--                        of each resident identity number. A duplicate-key error, which databases and their
--                        drivers print with the key's value, then shows nothing that can be turned back into
--                        the number without this row: an unkeyed SHA-256 of an 18-character number with a
--                        birth date inside can be reversed by trying the possible numbers.
--   resident-key.scheme  hmac-sha256 once every artisan's key is keyed by the secret (keys written before this
--                        script are re-keyed by the first store to start).
CREATE TABLE tr_registry_setting (
    setting_name   VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200) NOT NULL,
    updated_at     ${timestamp} NOT NULL
)${table_options};
