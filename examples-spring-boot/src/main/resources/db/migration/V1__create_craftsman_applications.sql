-- The host's own table: the union's record of each application it received.
CREATE TABLE craftsman_application (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    applicant_name VARCHAR(100) NOT NULL,
    received_on DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    refusal VARCHAR(500),
    artisan_id BIGINT,
    nomination_id BIGINT
);
