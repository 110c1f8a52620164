package org.tremplin.outcome.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.tremplin.learner.domain.ConsentStatus;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.ContactHistory;
import org.tremplin.outcome.domain.OutcomeTiming;

/**
 * A line of the follow-up queue: an exit waiting for its observation, with what a caller needs to phone.
 * {@code contact}: where the person's consent to be contacted (the six-month survey purpose) stands;
 * {@code attempts}: the tries at reaching them for this observation, and where that leaves the follow-up.
 */
public record FollowUp(Enrolment enrolment, OutcomeTiming timing, LocalDate dueOn, LocalDate windowEnd,
        ConsentStatus.State contact, ContactHistory attempts, LocalDate today) implements Serializable {

    /**
     * The person may be contacted for this observation: six months after exit only with the consent to be
     * contacted in force; at exit, while still in touch with the programme, unless they refused or withdrew it.
     */
    public boolean mayContact() {
        return contact == ConsentStatus.State.GIVEN
                || timing == OutcomeTiming.AT_EXIT && contact == ConsentStatus.State.NEVER_ASKED;
    }

    public boolean agreesToBeContacted() {
        return contact == ConsentStatus.State.GIVEN;
    }

    public boolean isOverdue() {
        return dueOn.isBefore(today);
    }

    /** The observation window has closed: a result can no longer be observed, only recorded as unknown late. */
    public boolean isWindowClosed() {
        return windowEnd.isBefore(today);
    }
}
