-- Kept table (issue 20): the follow-ups still waiting, one row per closed enrolment and timing (AT_EXIT,
-- SIX_MONTHS) whose outcome is not recorded, with the exit date and the cohort's site. The follow-up queue's
-- counts read it instead of matching every exit against its outcomes (72-86 ms at scale 10 on PostgreSQL for a
-- coordinator of every site). outcome.infrastructure.FollowUpsDue keeps it (the enrolments of each enrolment,
-- outcome or cohort written, in the transaction that writes it) and fills it at a start that finds it empty while
-- enrolments exist (the first start after this migration).
CREATE TABLE follow_up_due (
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    timing VARCHAR(12) NOT NULL,
    exit_date DATE NOT NULL,
    site_id BIGINT NOT NULL REFERENCES site (id),
    PRIMARY KEY (enrolment_id, timing)
);
-- the counts of a site scope read this index alone
CREATE INDEX follow_up_due_scope_ix ON follow_up_due (site_id, timing, exit_date);
