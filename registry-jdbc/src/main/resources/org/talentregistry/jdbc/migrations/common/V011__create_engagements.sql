-- What pool members do: training classes, campus talks, media features. tr_engagement holds the current
-- revision of each engagement; tr_engagement_revision every revision, the first included, so that a
-- correction never loses what was recorded before it.
-- The columns are shared by the kinds: counterpart is the organiser, the school or the outlet; title the
-- course or the feature's title; subkind the kind of talk or of feature; start_date and end_date the
-- class's dates, or the talk's or feature's date twice.
CREATE TABLE tr_engagement (
    id                ${bigint_identity} PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    artisan_id        BIGINT        NOT NULL,
    revision          INT           NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    subkind           VARCHAR(30),
    title             VARCHAR(200),
    counterpart       VARCHAR(200)  NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    hours             DECIMAL(7,1),
    audience          INT,
    outcome           VARCHAR(200),
    link              VARCHAR(500),
    recorded_by_id    VARCHAR(64)   NOT NULL,
    recorded_by_name  VARCHAR(100)  NOT NULL,
    recorded_at       ${timestamp}  NOT NULL,
    CONSTRAINT fk_tr_engagement_artisan FOREIGN KEY (artisan_id) REFERENCES tr_artisan (id)
)${table_options};

CREATE INDEX ix_tr_engagement_artisan ON tr_engagement (tenant_id, artisan_id, start_date);
CREATE INDEX ix_tr_engagement_date ON tr_engagement (tenant_id, start_date);

CREATE TABLE tr_engagement_revision (
    engagement_id     BIGINT        NOT NULL,
    revision          INT           NOT NULL,
    tenant_id         VARCHAR(64)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    subkind           VARCHAR(30),
    title             VARCHAR(200),
    counterpart       VARCHAR(200)  NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    hours             DECIMAL(7,1),
    audience          INT,
    outcome           VARCHAR(200),
    link              VARCHAR(500),
    recorded_by_id    VARCHAR(64)   NOT NULL,
    recorded_by_name  VARCHAR(100)  NOT NULL,
    recorded_at       ${timestamp}  NOT NULL,
    reason            VARCHAR(500),
    PRIMARY KEY (engagement_id, revision),
    CONSTRAINT fk_tr_engagement_revision FOREIGN KEY (engagement_id) REFERENCES tr_engagement (id)
)${table_options};
