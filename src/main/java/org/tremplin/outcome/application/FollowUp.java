package org.tremplin.outcome.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.OutcomeTiming;

/** A line of the follow-up queue: an exit waiting for its observation, with what a caller needs to phone. */
public record FollowUp(Enrolment enrolment, OutcomeTiming timing, LocalDate dueOn, LocalDate windowEnd,
        boolean agreesToBeContacted, LocalDate today) implements Serializable {

    /**
     * The person may be contacted for this observation: at exit they are still in touch with the
     * programme; six months later only with the survey consent given and not withdrawn.
     */
    public boolean mayContact() {
        return timing == OutcomeTiming.AT_EXIT || agreesToBeContacted;
    }

    public boolean isOverdue() {
        return dueOn.isBefore(today);
    }

    /** The observation window has closed: a result can no longer be observed, only recorded as unknown late. */
    public boolean isWindowClosed() {
        return windowEnd.isBefore(today);
    }
}
