package org.tremplin.training.domain;

/** A learner at a session. Present and late count the session's hours; excused and absent count none. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    /** Whether the learner followed the session (its duration counts in their hours). */
    public boolean followed() {
        return this == PRESENT || this == LATE;
    }
}
