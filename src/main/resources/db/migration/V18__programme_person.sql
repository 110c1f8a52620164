-- Kept aggregate (issue 20): one row per person and programme, what the ESF+ report reads of them: the first
-- entry (and the age kept at it), the last exit, the enrolments still open, the participant sheet of the first
-- enrolment, and the result flags of the outcomes recorded for the last exit; the site when all the person's
-- enrolments in the programme are at one site, else NULL (a report limited to some sites computes those rows
-- from the enrolments). report.infrastructure.ProgrammePersons keeps it (the people of each enrolment, outcome or
-- cohort written, in the transaction that writes it) and fills it at a start that finds it empty while
-- enrolments exist (the first start after this migration). The people's own fields are read from learner.
CREATE TABLE programme_person (
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    site_id BIGINT REFERENCES site (id),
    first_entry DATE NOT NULL,
    entry_age INTEGER,
    last_exit DATE,
    open_count INTEGER NOT NULL,
    completed_count INTEGER NOT NULL,
    labour_status VARCHAR(16),
    unemployed_since DATE,
    isced_level INTEGER,
    disability BOOLEAN NOT NULL,
    third_country_national BOOLEAN NOT NULL,
    foreign_background BOOLEAN NOT NULL,
    minority BOOLEAN NOT NULL,
    homeless BOOLEAN NOT NULL,
    rural_area BOOLEAN NOT NULL,
    eecr01 INTEGER NOT NULL,
    eecr02 INTEGER NOT NULL,
    eecr03 INTEGER NOT NULL,
    eecr04 INTEGER NOT NULL,
    eecr05 INTEGER NOT NULL,
    eecr06 INTEGER NOT NULL,
    PRIMARY KEY (programme_id, learner_id)
);
CREATE INDEX programme_person_learner_ix ON programme_person (learner_id);
CREATE INDEX programme_person_site_ix ON programme_person (programme_id, site_id);
-- the outcomes of an enrolment (the kept rows of a person read them; so do the report's own joins)
CREATE INDEX outcome_enrolment_ix ON outcome (enrolment_id);
