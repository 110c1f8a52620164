-- The six-month survey answered by the learner: a personal one-time link (only the SHA-256 of its secret is
-- kept), sent by e-mail and/or SMS to a person who consented to be contacted for it, reminded after 7 and 14
-- days, usable once before it expires. Its answer is the exit's six-month outcome with source SURVEY.
CREATE TABLE survey_invitation (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    secret_hash VARCHAR(64) NOT NULL,
    language VARCHAR(2) NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    sent_by VARCHAR(40) NOT NULL,
    channels VARCHAR(16) NOT NULL,
    expires_on DATE NOT NULL,
    reminders INTEGER DEFAULT 0 NOT NULL,
    last_reminder_at TIMESTAMP,
    answered_at TIMESTAMP,
    withdrawn_at TIMESTAMP,
    outcome_id BIGINT REFERENCES outcome (id),
    CONSTRAINT survey_invitation_secret_uk UNIQUE (secret_hash),
    CONSTRAINT survey_invitation_reminders_ck CHECK (reminders BETWEEN 0 AND 2)
);
CREATE INDEX survey_invitation_enrolment_ix ON survey_invitation (enrolment_id);
