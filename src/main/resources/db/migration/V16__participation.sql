-- Kept aggregate (issue 20): the day each person became a participant of each programme, that is the
-- programme's min_attendance_days-th different day present or late at its sessions. The ESF+ report and
-- the funnel read it instead of counting attendance days. training.infrastructure.Participations keeps it
-- (each register saved, a programme's rule changed) and fills it at a start that finds it empty while
-- registers exist (the first start after this migration).
CREATE TABLE participation (
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    participation_date DATE NOT NULL,
    PRIMARY KEY (programme_id, learner_id)
);
CREATE INDEX participation_learner_ix ON participation (learner_id);
