-- A title round keeps the ranking its selection was made on (TechnicianTitles.select), so that asking for the
-- ranking of a selected round later answers what was decided, not a ranking of facts corrected since.
-- The round names the rules version and the priority policy it was ranked under (null until its selection,
-- and for a round selected before this migration, whose ranking is still worked out when asked for; the
-- policy is null too where the round had no applicant).
ALTER TABLE tr_title_round ADD COLUMN ranked_rules_version INT;
ALTER TABLE tr_title_round ADD COLUMN ranked_policy_id VARCHAR(40);
ALTER TABLE tr_title_round ADD COLUMN ranked_policy_version INT;

-- Each application keeps its line of the ranking: its order in the list (0 first), its position (0 for an
-- applicant not ranked, who was ineligible), the name it was ranked under, whether it was selected and why it
-- stands where it does, a stored message (org.talentregistry.spi.StoredMessage).
ALTER TABLE tr_title_application ADD COLUMN ranked_order INT;
ALTER TABLE tr_title_application ADD COLUMN ranked_position INT;
ALTER TABLE tr_title_application ADD COLUMN ranked_name VARCHAR(100);
ALTER TABLE tr_title_application ADD COLUMN ranked_selected BOOLEAN;
ALTER TABLE tr_title_application ADD COLUMN ranked_reason ${text};

-- The lines that explain an application's place: kind 'criterion', one per eligibility criterion (rule_text and
-- facts are stored messages, outcome an Outcome), then kind 'priority', one per condition of the policy in its
-- order (outcome MET or NOT_MET, facts the fact's message key and fact_args its arguments, each ended by the
-- unit separator U+001F; honor_* the honor cited, as it was cited).
CREATE TABLE tr_title_ranked_line (
    tenant_id              VARCHAR(64)  NOT NULL,
    round_id               BIGINT       NOT NULL,
    artisan_id             BIGINT       NOT NULL,
    line_no                INT          NOT NULL,
    kind                   VARCHAR(10)  NOT NULL,
    criterion_id           VARCHAR(40),
    rule_text              ${text},
    outcome                VARCHAR(20)  NOT NULL,
    facts                  ${text}      NOT NULL,
    fact_args              ${text},
    honor_id               BIGINT,
    honor_program_id       BIGINT,
    honor_tier_code        VARCHAR(20),
    honor_tier_name        VARCHAR(100),
    honor_year             INT,
    honor_decision_number  VARCHAR(60),
    honor_decision_date    DATE,
    honor_revoked_from     DATE,
    PRIMARY KEY (tenant_id, round_id, artisan_id, line_no),
    CONSTRAINT fk_tr_title_ranked_line_application FOREIGN KEY (tenant_id, round_id, artisan_id)
        REFERENCES tr_title_application (tenant_id, round_id, artisan_id)
)${table_options};
