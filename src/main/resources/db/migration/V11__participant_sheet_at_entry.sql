-- The participant sheet at entry (Enrolment.entrySituation): the ESF+ situation of the person when they
-- entered, kept with the enrolment so that the report no longer reads the current record. A table of its
-- own rather than columns added to enrolment: on H2 2.3.232, adding ten columns to enrolment left a file
-- that H2 itself then reported corrupted ("Double mark", BackupRestoreIT). Existing enrolments get the
-- situation the record holds today (nothing older was kept); a re-entry into the same programme reads its
-- first entry's sheet (EsfQueries), as new ones copy it (EnrolmentService).
CREATE TABLE enrolment_entry_sheet (
    enrolment_id BIGINT PRIMARY KEY REFERENCES enrolment (id),
    labour_status VARCHAR(16),
    unemployed_since DATE,
    isced_level INTEGER,
    disability BOOLEAN DEFAULT FALSE NOT NULL,
    third_country_national BOOLEAN DEFAULT FALSE NOT NULL,
    foreign_background BOOLEAN DEFAULT FALSE NOT NULL,
    minority BOOLEAN DEFAULT FALSE NOT NULL,
    homeless BOOLEAN DEFAULT FALSE NOT NULL,
    rural_area BOOLEAN DEFAULT FALSE NOT NULL,
    corrected BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT entry_sheet_labour_status_ck CHECK (labour_status IN ('EMPLOYED', 'UNEMPLOYED', 'INACTIVE')),
    CONSTRAINT entry_sheet_unemployed_since_ck CHECK (unemployed_since IS NULL OR labour_status = 'UNEMPLOYED'),
    CONSTRAINT entry_sheet_isced_ck CHECK (isced_level BETWEEN 0 AND 8)
);
INSERT INTO enrolment_entry_sheet (enrolment_id, labour_status, unemployed_since, isced_level, disability,
        third_country_national, foreign_background, minority, homeless, rural_area)
    SELECT e.id, l.labour_status, l.unemployed_since, l.isced_level, l.disability, l.third_country_national,
        l.foreign_background, l.minority, l.homeless, l.rural_area
    FROM enrolment e JOIN learner l ON l.id = e.learner_id;
