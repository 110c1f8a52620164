package org.tremplin.learner.domain;

/**
 * Why a learner left a cohort. The end of the pathway closes the enrolment as completed; leaving before it
 * for a job, another training or a qualification is a positive early exit; any other reason a drop-out.
 */
public enum ExitReason {
    COMPLETED, EMPLOYMENT, OTHER_TRAINING, QUALIFICATION, HEALTH, MOVED, LOST_CONTACT, OTHER;

    public EnrolmentStatus closingStatus() {
        return switch (this) {
            case COMPLETED -> EnrolmentStatus.COMPLETED;
            case EMPLOYMENT, OTHER_TRAINING, QUALIFICATION -> EnrolmentStatus.POSITIVE_EXIT;
            default -> EnrolmentStatus.DROPPED_OUT;
        };
    }
}
