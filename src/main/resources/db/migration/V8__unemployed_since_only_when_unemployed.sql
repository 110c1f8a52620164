-- The date since when a person is unemployed belongs to an unemployed person only (Learner.setLabourStatus,
-- LearnerRules). Records written before the rule held on the entity (through the API) may carry a date
-- left from an earlier status: it is dropped, then the database keeps the rule too.
UPDATE learner SET unemployed_since = NULL
    WHERE unemployed_since IS NOT NULL AND (labour_status IS NULL OR labour_status <> 'UNEMPLOYED');
ALTER TABLE learner ADD CONSTRAINT learner_unemployed_since_ck
    CHECK (unemployed_since IS NULL OR labour_status = 'UNEMPLOYED');
