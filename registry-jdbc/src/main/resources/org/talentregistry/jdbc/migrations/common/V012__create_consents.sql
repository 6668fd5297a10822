-- Consents under PIPL, per artisan and purpose (PUBLIC_DISCLOSURE, SHARING_WITH_BUREAU, MEDIA). A consent
-- holds from given_on until withdrawn_on (the first day it no longer holds); a withdrawn consent stays on
-- record, and giving it again is a new row.
CREATE TABLE tr_consent (
    id                  ${bigint_identity} PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    artisan_id          BIGINT        NOT NULL,
    purpose             VARCHAR(30)   NOT NULL,
    given_on            DATE          NOT NULL,
    evidence            VARCHAR(200)  NOT NULL,
    given_by_id         VARCHAR(64)   NOT NULL,
    given_by_name       VARCHAR(100)  NOT NULL,
    withdrawn_on        DATE,
    withdrawal_evidence VARCHAR(200),
    withdrawn_by_id     VARCHAR(64),
    withdrawn_by_name   VARCHAR(100),
    CONSTRAINT fk_tr_consent_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id)
)${table_options};

CREATE INDEX ix_tr_consent_artisan ON tr_consent (tenant_id, artisan_id, purpose, given_on);

-- The short merit summary (事迹简介) a program publishes beside a nominee on the public notice list.
CREATE TABLE tr_merit_summary (
    nomination_id  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    summary        VARCHAR(300)  NOT NULL,
    CONSTRAINT fk_tr_merit_nomination FOREIGN KEY (nomination_id) REFERENCES tr_nomination (id)
)${table_options};
