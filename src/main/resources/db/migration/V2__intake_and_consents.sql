-- Intake: the diploma behind the ISCED level, the consent register, and the indexes of the
-- duplicate check (same folded names and birth date).
ALTER TABLE learner ADD COLUMN diploma_level VARCHAR(16);
ALTER TABLE learner ADD CONSTRAINT learner_diploma_ck CHECK (diploma_level IN
    ('NONE', 'CAP_BEP', 'BACCALAUREAT', 'BAC_PLUS_2', 'LICENCE', 'MASTER', 'DOCTORATE'));
CREATE INDEX learner_birth_ix ON learner (birth_date, search_key);

CREATE TABLE consent (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    purpose VARCHAR(24) NOT NULL,
    given BOOLEAN NOT NULL,
    given_on DATE NOT NULL,
    method VARCHAR(16) NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    withdrawn_on DATE,
    withdrawn_by VARCHAR(40),
    CONSTRAINT consent_purpose_ck CHECK (purpose IN ('PROGRAMME_FOLLOW_UP', 'SIX_MONTH_SURVEY', 'PHOTOS')),
    CONSTRAINT consent_method_ck CHECK (method IN ('SIGNED_FORM', 'ORAL', 'ONLINE')),
    CONSTRAINT consent_withdrawal_ck CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consent_learner_ix ON consent (learner_id, purpose);
