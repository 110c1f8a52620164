package org.tremplin.learner.rest;

import org.tremplin.learner.domain.Enrolment;
import org.tremplin.shared.rest.Inputs;

public record EnrolmentJson(Long id, Long learnerId, Long cohortId, String entryDate, String exitDate,
        String exitReason, String status, Long version) {

    static EnrolmentJson of(Enrolment e) {
        return new EnrolmentJson(e.getId(), e.getLearner().getId(), e.getCohort().getId(),
                Inputs.text(e.getEntryDate()), Inputs.text(e.getExitDate()), Inputs.text(e.getExitReason()),
                Inputs.text(e.getStatus()), e.getVersion());
    }
}
