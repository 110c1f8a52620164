-- Outcomes: the learner's situation observed at exit (within 4 weeks of leaving) and six months
-- after it, one of each per closed enrolment; the programme's target per ESF+ indicator.
CREATE TABLE outcome (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    timing VARCHAR(12) NOT NULL,
    observed_on DATE NOT NULL,
    job_searching BOOLEAN DEFAULT FALSE NOT NULL,
    in_education BOOLEAN DEFAULT FALSE NOT NULL,
    gained_qualification BOOLEAN DEFAULT FALSE NOT NULL,
    employed BOOLEAN DEFAULT FALSE NOT NULL,
    contract_type VARCHAR(24),
    better_situation BOOLEAN DEFAULT FALSE NOT NULL,
    inactive BOOLEAN DEFAULT FALSE NOT NULL,
    situation_unknown BOOLEAN DEFAULT FALSE NOT NULL,
    source VARCHAR(12) NOT NULL,
    note VARCHAR(500),
    recorded_by VARCHAR(40) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    CONSTRAINT outcome_uk UNIQUE (enrolment_id, timing),
    CONSTRAINT outcome_timing_ck CHECK (timing IN ('AT_EXIT', 'SIX_MONTHS')),
    CONSTRAINT outcome_source_ck CHECK (source IN ('DECLARATION', 'DOCUMENT', 'SURVEY')),
    CONSTRAINT outcome_contract_ck CHECK (contract_type IN ('PERMANENT', 'FIXED_TERM_6M_PLUS', 'FIXED_TERM_UNDER_6M',
        'TEMPORARY_AGENCY', 'APPRENTICESHIP', 'SELF_EMPLOYED')),
    CONSTRAINT outcome_employed_ck CHECK (employed = (contract_type IS NOT NULL)),
    CONSTRAINT outcome_better_ck CHECK (timing = 'SIX_MONTHS' OR better_situation = FALSE)
);
CREATE INDEX outcome_learner_ix ON outcome (learner_id, timing);

CREATE TABLE programme_target (
    programme_id BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    code VARCHAR(8) NOT NULL,
    target INTEGER NOT NULL,
    PRIMARY KEY (programme_id, code),
    CONSTRAINT programme_target_ck CHECK (target >= 0)
);

CREATE INDEX enrolment_exit_ix ON enrolment (exit_date);
