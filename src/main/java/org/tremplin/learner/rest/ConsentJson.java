package org.tremplin.learner.rest;

import org.tremplin.learner.domain.Consent;
import org.tremplin.shared.rest.Inputs;

/** One entry of a learner's consent register. */
public record ConsentJson(Long id, Long learnerId, String purpose, Boolean given, String givenOn, String method,
        String recordedBy, String withdrawnOn, String withdrawnBy, Boolean active) {

    static ConsentJson of(Consent c) {
        return new ConsentJson(c.getId(), c.getLearner().getId(), Inputs.text(c.getPurpose()), c.isGiven(),
                Inputs.text(c.getGivenOn()), Inputs.text(c.getMethod()), c.getRecordedBy(),
                Inputs.text(c.getWithdrawnOn()), c.getWithdrawnBy(), c.isActive());
    }
}
