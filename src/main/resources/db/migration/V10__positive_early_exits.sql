-- Leaving before the end of the pathway for a job, another training or a qualification is a positive
-- early exit (EnrolmentStatus.POSITIVE_EXIT), not a drop-out; a qualification becomes an exit reason.
-- Enrolments closed so far for a job or a training were recorded as DROPPED_OUT: they are corrected.
ALTER TABLE enrolment DROP CONSTRAINT enrolment_status_ck;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_status_ck
    CHECK (status IN ('ENROLLED', 'ACTIVE', 'COMPLETED', 'POSITIVE_EXIT', 'DROPPED_OUT'));
UPDATE enrolment SET status = 'POSITIVE_EXIT'
    WHERE status = 'DROPPED_OUT' AND exit_reason IN ('EMPLOYMENT', 'OTHER_TRAINING');
