-- Kept aggregate (issue 20): for each person in each cohort, the absences in a row at the end of their marks
-- (the latest session first) and the day of their latest mark. The dashboard lists the open enrolments with
-- three or more from it instead of numbering every mark of every open enrolment. training.infrastructure.
-- AbsenceStreaks keeps it (each register saved) and fills it at a start that finds it empty while registers exist.
CREATE TABLE absence_streak (
    cohort_id BIGINT NOT NULL REFERENCES cohort (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    absences INTEGER NOT NULL,
    last_mark DATE NOT NULL,
    PRIMARY KEY (cohort_id, learner_id)
);
CREATE INDEX absence_streak_absences_ix ON absence_streak (absences, last_mark);
