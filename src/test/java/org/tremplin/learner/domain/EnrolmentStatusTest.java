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
    }

    @Test
    void onlyCompletedReasonClosesAsCompleted() {
        for (ExitReason reason : ExitReason.values()) {
            EnrolmentStatus expected = reason == ExitReason.COMPLETED ? EnrolmentStatus.COMPLETED : EnrolmentStatus.DROPPED_OUT;
            assertEquals(expected, reason.closingStatus(), reason.name());
        }
    }
}
