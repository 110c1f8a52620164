-- Follow-up like case-management tools: every attempt to reach a person for an exit's observation, whether it
-- reached them, how and when; after a configured number of attempts without reaching them, the follow-up is
-- "unreachable".
CREATE TABLE contact_attempt (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    timing VARCHAR(16) NOT NULL,
    attempted_at TIMESTAMP NOT NULL,
    channel VARCHAR(16) NOT NULL,
    reached BOOLEAN NOT NULL,
    note VARCHAR(500),
    recorded_by VARCHAR(40) NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX contact_attempt_enrolment_ix ON contact_attempt (enrolment_id, timing);
CREATE INDEX contact_attempt_learner_ix ON contact_attempt (learner_id);

-- Lending like Snipe-IT: an item's replacement value and the accessories that go with it (printed on the
-- agreement); at return, the accessories that did not come back (printed on the receipt); the last time the
-- borrower was reminded by hand.
ALTER TABLE equipment ADD COLUMN replacement_value NUMERIC(9, 2);
ALTER TABLE equipment ADD COLUMN accessories VARCHAR(500);
ALTER TABLE loan ADD COLUMN missing_accessories VARCHAR(500);
ALTER TABLE loan ADD COLUMN reminded_on DATE;
ALTER TABLE loan ADD COLUMN reminders_sent INTEGER DEFAULT 0 NOT NULL;

-- A quick one-off accompaniment (as La Coop de la médiation numérique records them): a person helped once,
-- without the ESF+ intake. Only a first name is kept, if any; a full intake later links the learner.
CREATE TABLE accompaniment (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    site_id BIGINT NOT NULL REFERENCES site (id),
    happened_on DATE NOT NULL,
    topic VARCHAR(24) NOT NULL,
    duration_minutes INTEGER NOT NULL,
    equipment_used VARCHAR(16) NOT NULL,
    first_name VARCHAR(80),
    note VARCHAR(500),
    learner_id BIGINT REFERENCES learner (id),
    recorded_by VARCHAR(40) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    CONSTRAINT accompaniment_duration_ck CHECK (duration_minutes BETWEEN 1 AND 600)
);
CREATE INDEX accompaniment_site_ix ON accompaniment (site_id, happened_on);
