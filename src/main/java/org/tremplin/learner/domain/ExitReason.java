package org.tremplin.learner.domain;

/** Why a learner left a cohort; only COMPLETED closes the enrolment as completed. */
public enum ExitReason {
    COMPLETED, EMPLOYMENT, OTHER_TRAINING, HEALTH, MOVED, LOST_CONTACT, OTHER;

    public EnrolmentStatus closingStatus() {
        return this == COMPLETED ? EnrolmentStatus.COMPLETED : EnrolmentStatus.DROPPED_OUT;
    }
}
