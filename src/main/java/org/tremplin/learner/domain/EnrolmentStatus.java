package org.tremplin.learner.domain;

/** enrolled → active (first action) → completed or dropped out (exit). */
public enum EnrolmentStatus {
    ENROLLED, ACTIVE, COMPLETED, DROPPED_OUT;

    public boolean isOpen() {
        return this == ENROLLED || this == ACTIVE;
    }
}
