package org.tremplin.outcome.rest;

import org.tremplin.outcome.domain.Outcome;
import org.tremplin.shared.rest.Inputs;

/**
 * DESIGN.md's outcome shape (situation flags as booleans), plus the exit it belongs to, the
 * inactive/unknown flags, a note, whether it is positive and the ESF+ result indicators it feeds.
 */
public record OutcomeJson(Long id, Long version, Long learnerId, Long enrolmentId, String timing, String observedOn,
        Boolean jobSearching, Boolean inEducationOrTraining, Boolean gainedQualification, Boolean employed,
        String contractType, Boolean betterSituation, Boolean inactive, Boolean unknown, String source, String note,
        Boolean positive, java.util.List<String> indicators, String recordedBy) {

    static OutcomeJson of(Outcome o) {
        return new OutcomeJson(o.getId(), o.getVersion(), o.getLearner().getId(), o.getEnrolment().getId(),
                Inputs.text(o.getTiming()), Inputs.text(o.getObservedOn()), o.isJobSearching(), o.isInEducationOrTraining(),
                o.isGainedQualification(), o.isEmployed(), Inputs.text(o.getContractType()), o.isBetterSituation(),
                o.isInactive(), o.isSituationUnknown(), Inputs.text(o.getSource()), o.getNote(), o.isPositive(),
                o.indicators().stream().map(Enum::name).toList(), o.getRecordedBy());
    }
}
