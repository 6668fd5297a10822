-- Honor programs and their versions. A round is pinned to the version it was opened under, so a
-- revision only ever adds a version row and moves current_version; it never rewrites an earlier one.
-- definition holds the version's ProgramDefinition as java.util.Properties text (see ProgramCodec).
CREATE TABLE tr_honor_program (
    id               ${bigint_identity} PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    current_version  INT          NOT NULL,
    created_at       ${timestamp} NOT NULL
)${table_options};

CREATE INDEX ix_tr_honor_program_tenant ON tr_honor_program (tenant_id, id);

CREATE TABLE tr_honor_program_version (
    program_id   BIGINT       NOT NULL,
    version      INT          NOT NULL,
    tenant_id    VARCHAR(64)  NOT NULL,
    definition   ${text}      NOT NULL,
    created_at   ${timestamp} NOT NULL,
    PRIMARY KEY (program_id, version),
    CONSTRAINT fk_tr_program_version_program FOREIGN KEY (program_id) REFERENCES tr_honor_program (id)
)${table_options};
