package org.tremplin.outcome.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A learner's labour-market situation as observed: several can hold at once (a qualification gained
 * and a job), except "unknown" (nobody could be reached) and "inactive" (neither working nor looking).
 */
public record Situation(boolean jobSearching, boolean inEducationOrTraining, boolean gainedQualification,
        boolean employed, ContractType contractType, boolean betterSituation, boolean inactive, boolean unknown) {

    public static Situation unknownSituation() {
        return new Situation(false, false, false, false, null, false, false, true);
    }

    public static Situation employedAs(ContractType contract) {
        return new Situation(false, false, false, true, contract, false, false, false);
    }

    /** Everything wrong with this situation for an observation at the given time, in reading order. */
    public List<OutcomeProblem> problems(OutcomeTiming timing) {
        List<OutcomeProblem> problems = new ArrayList<>();
        boolean any = jobSearching || inEducationOrTraining || gainedQualification || employed || betterSituation || inactive;
        if (!any && !unknown) {
            problems.add(OutcomeProblem.NO_SITUATION);
        }
        if (any && unknown) {
            problems.add(OutcomeProblem.UNKNOWN_WITH_OTHERS);
        }
        if (inactive && (employed || jobSearching)) {
            problems.add(OutcomeProblem.INACTIVE_WITH_WORK);
        }
        if (employed && contractType == null) {
            problems.add(OutcomeProblem.CONTRACT_MISSING);
        }
        if (!employed && contractType != null) {
            problems.add(OutcomeProblem.CONTRACT_WITHOUT_JOB);
        }
        if (betterSituation && timing == OutcomeTiming.AT_EXIT) {
            problems.add(OutcomeProblem.BETTER_AT_EXIT);
        }
        return problems;
    }
}
