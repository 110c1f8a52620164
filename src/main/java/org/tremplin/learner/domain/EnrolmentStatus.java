package org.tremplin.learner.domain;

/**
 * enrolled → active (first action) → at the exit: completed (the end of the pathway), positive exit (left
 * early for a job, another training or a qualification) or dropped out (any other reason).
 */
public enum EnrolmentStatus {
    ENROLLED, ACTIVE, COMPLETED, POSITIVE_EXIT, DROPPED_OUT;

    public boolean isOpen() {
        return this == ENROLLED || this == ACTIVE;
    }

    /** A closed enrolment that ended well: the pathway completed, or left early for something better. */
    public boolean isPositiveEnd() {
        return this == COMPLETED || this == POSITIVE_EXIT;
    }
}
