package org.tremplin.outcome.application;

import java.time.LocalDate;
import org.tremplin.outcome.domain.OutcomeSource;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.Situation;

/** An observation to record: for a learner's exit (the latest when {@code enrolmentId} is null). */
public record OutcomeRequest(Long learnerId, Long enrolmentId, OutcomeTiming timing, LocalDate observedOn,
        Situation situation, OutcomeSource source, String note) {
}
