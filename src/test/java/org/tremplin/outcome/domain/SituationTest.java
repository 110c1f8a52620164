package org.tremplin.outcome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a situation may combine: several boxes at once, except "unknown" with anything and "inactive"
 * with work; a contract type exactly when employed; a better situation only six months after exit.
 */
class SituationTest {

    private static Situation situation(boolean jobSearching, boolean education, boolean qualification,
            boolean employed, ContractType contract, boolean better, boolean inactive, boolean unknown) {
        return new Situation(jobSearching, education, qualification, employed, contract, better, inactive, unknown);
    }

    @Test
    void nothingTickedIsNoSituation() {
        Situation none = situation(false, false, false, false, null, false, false, false);
        assertEquals(List.of(OutcomeProblem.NO_SITUATION), none.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void unknownAloneIsValid() {
        assertEquals(List.of(), Situation.unknownSituation().problems(OutcomeTiming.AT_EXIT));
        assertEquals(List.of(), Situation.unknownSituation().problems(OutcomeTiming.SIX_MONTHS));
    }

    @Test
    void unknownWithAnotherSituationIsRefused() {
        Situation s = situation(false, true, false, false, null, false, false, true);
        assertEquals(List.of(OutcomeProblem.UNKNOWN_WITH_OTHERS), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void inactiveAndEmployedIsRefused() {
        Situation s = situation(false, false, false, true, ContractType.PERMANENT, false, true, false);
        assertEquals(List.of(OutcomeProblem.INACTIVE_WITH_WORK), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void inactiveAndJobSearchingIsRefused() {
        Situation s = situation(true, false, false, false, null, false, true, false);
        assertEquals(List.of(OutcomeProblem.INACTIVE_WITH_WORK), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void inactiveInTrainingIsValid() {
        Situation s = situation(false, true, false, false, null, false, true, false);
        assertEquals(List.of(), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void employedWithoutAContractTypeIsRefused() {
        Situation s = situation(false, false, false, true, null, false, false, false);
        assertEquals(List.of(OutcomeProblem.CONTRACT_MISSING), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void aContractTypeWithoutAJobIsRefused() {
        Situation s = situation(true, false, false, false, ContractType.TEMPORARY_AGENCY, false, false, false);
        assertEquals(List.of(OutcomeProblem.CONTRACT_WITHOUT_JOB), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void aBetterSituationAtExitIsRefused() {
        Situation s = situation(false, false, false, false, null, true, false, false);
        assertEquals(List.of(OutcomeProblem.BETTER_AT_EXIT), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void aBetterSituationSixMonthsAfterExitIsValid() {
        Situation s = situation(false, false, false, false, null, true, false, false);
        assertEquals(List.of(), s.problems(OutcomeTiming.SIX_MONTHS));
    }

    @Test
    void aQualificationAndAJobTogetherAreValid() {
        Situation s = situation(false, false, true, true, ContractType.FIXED_TERM_6M_PLUS, false, false, false);
        assertEquals(List.of(), s.problems(OutcomeTiming.AT_EXIT));
        assertEquals(List.of(), s.problems(OutcomeTiming.SIX_MONTHS));
    }

    @Test
    void employedAsGivesAValidJobWithItsContract() {
        Situation s = Situation.employedAs(ContractType.APPRENTICESHIP);
        assertEquals(situation(false, false, false, true, ContractType.APPRENTICESHIP, false, false, false), s);
        assertEquals(List.of(), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void unknownSituationHasOnlyTheUnknownBox() {
        assertEquals(situation(false, false, false, false, null, false, false, true), Situation.unknownSituation());
    }

    @Test
    void everyProblemIsListedInReadingOrder() {
        Situation s = situation(true, false, false, false, ContractType.PERMANENT, true, true, true);
        assertEquals(List.of(OutcomeProblem.UNKNOWN_WITH_OTHERS, OutcomeProblem.INACTIVE_WITH_WORK,
                OutcomeProblem.CONTRACT_WITHOUT_JOB, OutcomeProblem.BETTER_AT_EXIT), s.problems(OutcomeTiming.AT_EXIT));
    }

    @Test
    void inactiveEmployedWithoutContractReportsBothProblems() {
        Situation s = situation(false, false, false, true, null, false, true, false);
        assertEquals(List.of(OutcomeProblem.INACTIVE_WITH_WORK, OutcomeProblem.CONTRACT_MISSING),
                s.problems(OutcomeTiming.SIX_MONTHS));
    }
}
