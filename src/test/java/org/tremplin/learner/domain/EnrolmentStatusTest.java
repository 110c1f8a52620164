package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnrolmentStatusTest {

    @Test
    void onlyEnrolledAndActiveAreOpen() {
        assertTrue(EnrolmentStatus.ENROLLED.isOpen());
        assertTrue(EnrolmentStatus.ACTIVE.isOpen());
        assertFalse(EnrolmentStatus.COMPLETED.isOpen());
        assertFalse(EnrolmentStatus.DROPPED_OUT.isOpen());
        assertFalse(EnrolmentStatus.POSITIVE_EXIT.isOpen());
    }

    @Test
    void theEndIsCompletedAJobATrainingOrAQualificationAPositiveExitAnythingElseADropOut() {
        java.util.Set<ExitReason> positive = java.util.EnumSet.of(ExitReason.EMPLOYMENT, ExitReason.OTHER_TRAINING, ExitReason.QUALIFICATION);
        for (ExitReason reason : ExitReason.values()) {
            EnrolmentStatus expected = reason == ExitReason.COMPLETED ? EnrolmentStatus.COMPLETED
                    : positive.contains(reason) ? EnrolmentStatus.POSITIVE_EXIT : EnrolmentStatus.DROPPED_OUT;
            assertEquals(expected, reason.closingStatus(), reason.name());
            assertEquals(reason == ExitReason.COMPLETED || positive.contains(reason), reason.closingStatus().isPositiveEnd(), reason.name());
        }
    }
}
