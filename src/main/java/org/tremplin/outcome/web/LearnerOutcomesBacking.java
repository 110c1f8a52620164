package org.tremplin.outcome.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tremplin.outcome.application.OutcomeService;
import org.tremplin.outcome.domain.Outcome;

/** The outcomes shown on a learner's file, under their pathways. */
@Named
@RequestScoped
public class LearnerOutcomesBacking {

    @Inject
    OutcomeService outcomes;

    private List<Outcome> list;

    public List<Outcome> of(Long learnerId) {
        if (list == null) {
            list = learnerId == null ? List.of() : outcomes.ofLearner(learnerId);
        }
        return list;
    }
}
