-- Artisans and their certificates of skill level. Every row carries its tenant.
-- resident_key is the SHA-256 of the resident identity number: the unique key and the look-ups use it,
-- so that a duplicate-key error (which databases print with the key's value) never shows the number.
CREATE TABLE tr_artisan (
    id                         ${bigint_identity} PRIMARY KEY,
    tenant_id                  VARCHAR(64)  NOT NULL,
    version                    BIGINT       NOT NULL,
    name                       VARCHAR(100) NOT NULL,
    resident_id                CHAR(18)     NOT NULL,
    resident_key               CHAR(64)     NOT NULL,
    birth_date                 DATE         NOT NULL,
    phone                      VARCHAR(20),
    employer_name              VARCHAR(200) NOT NULL,
    employer_credit_code       CHAR(18)     NOT NULL,
    employer_credit_override   VARCHAR(500),
    occupation_code            VARCHAR(32)  NOT NULL,
    occupation_name            VARCHAR(100) NOT NULL,
    region_code                CHAR(6)      NOT NULL,
    region_name                VARCHAR(100) NOT NULL,
    started_in_trade_on        DATE         NOT NULL,
    registered_at              ${timestamp} NOT NULL,
    updated_at                 ${timestamp} NOT NULL,
    CONSTRAINT uq_tr_artisan_resident UNIQUE (tenant_id, resident_key)
)${table_options};

CREATE INDEX ix_tr_artisan_occupation ON tr_artisan (tenant_id, occupation_code, id);
CREATE INDEX ix_tr_artisan_region ON tr_artisan (tenant_id, region_code, id);
CREATE INDEX ix_tr_artisan_employer ON tr_artisan (tenant_id, employer_credit_code, id);

CREATE TABLE tr_skill_certificate (
    tenant_id        VARCHAR(64)  NOT NULL,
    artisan_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    level_rank       SMALLINT     NOT NULL,
    occupation_code  VARCHAR(32)  NOT NULL,
    occupation_name  VARCHAR(100) NOT NULL,
    cert_number      VARCHAR(64)  NOT NULL,
    issuer           VARCHAR(200) NOT NULL,
    issued_on        DATE         NOT NULL,
    valid_until      DATE,
    PRIMARY KEY (artisan_id, position),
    CONSTRAINT fk_tr_certificate_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id)
)${table_options};

CREATE INDEX ix_tr_certificate_level ON tr_skill_certificate (tenant_id, level_rank, artisan_id);
