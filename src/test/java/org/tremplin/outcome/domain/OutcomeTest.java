package org.tremplin.outcome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * An outcome observed after a cohort: refused for an open enrolment, without a date in its window or a
 * source, or with an impossible situation; positive or not; feeding the ESF+ result indicators of its
 * own timing only.
 */
class OutcomeTest {

    private static final LocalDate ENTRY = LocalDate.of(2025, 11, 5);
    private static final LocalDate EXIT = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** Within the six-month window (5 August to 2 December 2026). */
    private static final LocalDate SIX_MONTHS_ON = LocalDate.of(2026, 9, 10);

    private final Site site = new Site("Centre social Marlière", "Croix");
    private final Programme programme = new Programme("Synapse", "FSE+", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    private final Cohort cohort = new Cohort(programme, site, "Hiver 2025", LocalDate.of(2025, 11, 3), EXIT, 80);
    private final Learner learner = new Learner("Karim", "Haddad", site);

    private Enrolment openEnrolment() {
        return new Enrolment(learner, cohort, ENTRY);
    }

    private Enrolment closedEnrolment() {
        Enrolment e = openEnrolment();
        e.exit(EXIT, ExitReason.COMPLETED);
        return e;
    }

    private static Situation jobSearching() {
        return new Situation(true, false, false, false, null, false, false, false);
    }

    private static Situation inTraining() {
        return new Situation(false, true, false, false, null, false, false, false);
    }

    private static Situation qualified() {
        return new Situation(false, false, true, false, null, false, false, false);
    }

    private static Situation better() {
        return new Situation(false, false, false, false, null, true, false, false);
    }

    private static Situation inactive() {
        return new Situation(false, false, false, false, null, false, true, false);
    }

    private Outcome atExit(Situation situation) {
        return new Outcome(closedEnrolment(), OutcomeTiming.AT_EXIT, situation, EXIT, OutcomeSource.DECLARATION,
                null, "coordinator", TODAY);
    }

    private Outcome atSixMonths(Situation situation) {
        return new Outcome(closedEnrolment(), OutcomeTiming.SIX_MONTHS, situation, SIX_MONTHS_ON,
                OutcomeSource.SURVEY, null, "coordinator", TODAY);
    }

    // --- recording and correcting

    @Test
    void aValidObservationIsRecordedWithItsEnrolmentLearnerAndSituation() {
        Enrolment enrolment = closedEnrolment();
        Situation situation = new Situation(false, false, true, true, ContractType.PERMANENT, false, false, false);
        Outcome o = new Outcome(enrolment, OutcomeTiming.AT_EXIT, situation, LocalDate.of(2026, 3, 20),
                OutcomeSource.DOCUMENT, "  CDI chez un prestataire  ", "coordinator", TODAY);
        assertSame(enrolment, o.getEnrolment());
        assertSame(learner, o.getLearner());
        assertEquals(OutcomeTiming.AT_EXIT, o.getTiming());
        assertEquals(LocalDate.of(2026, 3, 20), o.getObservedOn());
        assertEquals(situation, o.getSituation());
        assertTrue(o.isEmployed());
        assertTrue(o.isGainedQualification());
        assertEquals(ContractType.PERMANENT, o.getContractType());
        assertFalse(o.isJobSearching());
        assertFalse(o.isSituationUnknown());
        assertEquals(OutcomeSource.DOCUMENT, o.getSource());
        assertEquals("CDI chez un prestataire", o.getNote());
        assertEquals("coordinator", o.getRecordedBy());
    }

    @Test
    void aBlankNoteIsStoredAsNull() {
        Outcome o = new Outcome(closedEnrolment(), OutcomeTiming.AT_EXIT, inTraining(), EXIT,
                OutcomeSource.DECLARATION, "   ", "coordinator", TODAY);
        assertNull(o.getNote());
    }

    @Test
    void anObservationOnTheDayItselfIsAccepted() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        Outcome o = new Outcome(closedEnrolment(), OutcomeTiming.AT_EXIT, inTraining(), today,
                OutcomeSource.DECLARATION, null, "coordinator", today);
        assertEquals(today, o.getObservedOn());
    }

    @Test
    void anOutcomeForAStillEnrolledLearnerIsRefusedOnTheEnrolment() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(openEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), EXIT, OutcomeSource.DECLARATION, null, "coordinator", TODAY));
        assertEquals("enrolmentId", e.getField());
        assertEquals(OutcomeProblem.STILL_ENROLLED.message(), e.getMessage());
        assertFalse(e instanceof InvalidValueException, "only the stored enrolment shows it: a conflict (409), not a bad request");
    }

    @Test
    void anOutcomeWithoutDateIsRefusedOnTheDate() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(closedEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), null, OutcomeSource.DECLARATION, null, "coordinator", TODAY));
        assertEquals("observedOn", e.getField());
        assertEquals(OutcomeProblem.DATE_MISSING.message(), e.getMessage());
        assertTrue(e instanceof InvalidValueException, "the request alone shows it: a bad request (400)");
    }

    @Test
    void anOutcomeDatedTomorrowIsRefusedAsInTheFuture() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(closedEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), today.plusDays(1), OutcomeSource.DECLARATION, null, "c", today));
        assertEquals("observedOn", e.getField());
        assertEquals(OutcomeProblem.DATE_IN_FUTURE.message(), e.getMessage());
    }

    @Test
    void anOutcomeOutsideItsWindowIsRefusedOnTheDate() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(closedEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), LocalDate.of(2026, 3, 31), OutcomeSource.DECLARATION, null,
                "coordinator", TODAY));
        assertEquals("observedOn", e.getField());
        assertEquals(OutcomeProblem.DATE_OUTSIDE_WINDOW.message(), e.getMessage());
    }

    @Test
    void anOutcomeWithoutSourceIsRefusedOnTheSource() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(closedEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), EXIT, null, null, "coordinator", TODAY));
        assertEquals("source", e.getField());
    }

    @Test
    void anImpossibleSituationIsRefusedOnItsField() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(closedEnrolment(),
                OutcomeTiming.AT_EXIT, Situation.employedAs(null), EXIT, OutcomeSource.DECLARATION, null,
                "coordinator", TODAY));
        assertEquals("contractType", e.getField());
        assertEquals(OutcomeProblem.CONTRACT_MISSING.message(), e.getMessage());
    }

    @Test
    void aBetterSituationAtExitIsRefusedOnThatField() {
        ConflictException e = assertThrows(ConflictException.class, () -> atExit(better()));
        assertEquals("betterSituation", e.getField());
    }

    @Test
    void withSeveralProblemsTheExceptionNamesTheFirst() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Outcome(closedEnrolment(),
                OutcomeTiming.AT_EXIT, Situation.employedAs(null), null, null, null, "coordinator", TODAY));
        assertEquals("observedOn", e.getField());
    }

    @Test
    void correctReplacesTheWholeObservation() {
        Outcome o = atSixMonths(jobSearching());
        Situation job = Situation.employedAs(ContractType.FIXED_TERM_UNDER_6M);
        o.correct(job, LocalDate.of(2026, 11, 2), OutcomeSource.DOCUMENT, "contrat reçu", "advisor", TODAY);
        assertEquals(job, o.getSituation());
        assertFalse(o.isJobSearching());
        assertEquals(LocalDate.of(2026, 11, 2), o.getObservedOn());
        assertEquals(OutcomeSource.DOCUMENT, o.getSource());
        assertEquals("contrat reçu", o.getNote());
        assertEquals("advisor", o.getRecordedBy());
        assertEquals(OutcomeTiming.SIX_MONTHS, o.getTiming());
    }

    @Test
    void aRefusedCorrectionLeavesTheObservationUnchanged() {
        Outcome o = atExit(inTraining());
        ConflictException e = assertThrows(ConflictException.class, () -> o.correct(Situation.unknownSituation(),
                LocalDate.of(2026, 4, 15), OutcomeSource.SURVEY, "late", "advisor", TODAY));
        assertEquals("observedOn", e.getField());
        assertEquals(inTraining(), o.getSituation());
        assertEquals(EXIT, o.getObservedOn());
        assertEquals(OutcomeSource.DECLARATION, o.getSource());
        assertEquals("coordinator", o.getRecordedBy());
    }

    // --- problems

    @Test
    void aValidObservationHasNoProblem() {
        assertEquals(List.of(), Outcome.problems(closedEnrolment(), OutcomeTiming.SIX_MONTHS, better(),
                SIX_MONTHS_ON, OutcomeSource.SURVEY, TODAY));
    }

    @Test
    void problemsListsEveryProblemAtOnceInOrder() {
        Situation unknownButEmployed = new Situation(false, false, false, true, null, false, false, true);
        assertEquals(List.of(OutcomeProblem.STILL_ENROLLED, OutcomeProblem.DATE_MISSING,
                OutcomeProblem.SOURCE_MISSING, OutcomeProblem.UNKNOWN_WITH_OTHERS, OutcomeProblem.CONTRACT_MISSING),
                Outcome.problems(openEnrolment(), OutcomeTiming.AT_EXIT, unknownButEmployed, null, null, TODAY));
    }

    @Test
    void problemsIncludeTheSituationProblemsForTheTiming() {
        assertEquals(List.of(OutcomeProblem.SOURCE_MISSING, OutcomeProblem.BETTER_AT_EXIT),
                Outcome.problems(closedEnrolment(), OutcomeTiming.AT_EXIT, better(), EXIT, null, TODAY));
    }

    @Test
    void aStillEnrolledLearnerHasNoWindowToCheck() {
        assertEquals(List.of(OutcomeProblem.STILL_ENROLLED), Outcome.problems(openEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), LocalDate.of(2025, 12, 1), OutcomeSource.DECLARATION, TODAY));
    }

    @Test
    void aFutureDateIsReportedOnceAsFutureNotAlsoAsOutsideTheWindow() {
        assertEquals(List.of(OutcomeProblem.DATE_IN_FUTURE), Outcome.problems(closedEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), LocalDate.of(2026, 12, 1), OutcomeSource.DECLARATION, TODAY));
    }

    @Test
    void aDateBeforeExitIsOutsideTheAtExitWindow() {
        assertEquals(List.of(OutcomeProblem.DATE_OUTSIDE_WINDOW), Outcome.problems(closedEnrolment(),
                OutcomeTiming.AT_EXIT, inTraining(), EXIT.minusDays(1), OutcomeSource.DECLARATION, TODAY));
    }

    @Test
    void aDateJustBeforeTheSixMonthWindowIsOutsideIt() {
        assertEquals(List.of(OutcomeProblem.DATE_OUTSIDE_WINDOW), Outcome.problems(closedEnrolment(),
                OutcomeTiming.SIX_MONTHS, inTraining(), LocalDate.of(2026, 8, 4), OutcomeSource.SURVEY, TODAY));
    }

    @Test
    void theFirstDayOfTheSixMonthWindowIsAccepted() {
        assertEquals(List.of(), Outcome.problems(closedEnrolment(), OutcomeTiming.SIX_MONTHS, inTraining(),
                LocalDate.of(2026, 8, 5), OutcomeSource.SURVEY, TODAY));
    }

    // --- positive outcomes

    @Test
    void aJobIsPositive() {
        assertTrue(atExit(Situation.employedAs(ContractType.TEMPORARY_AGENCY)).isPositive());
    }

    @Test
    void educationOrTrainingIsPositive() {
        assertTrue(atExit(inTraining()).isPositive());
    }

    @Test
    void aQualificationIsPositive() {
        assertTrue(atExit(qualified()).isPositive());
    }

    @Test
    void aBetterSituationIsPositive() {
        assertTrue(atSixMonths(better()).isPositive());
    }

    @Test
    void jobSearchingIsPositiveForSomeoneInactiveAtEntry() {
        learner.setLabourStatus(LabourStatus.INACTIVE);
        assertTrue(atExit(jobSearching()).isPositive());
    }

    @Test
    void jobSearchingIsNotPositiveForSomeoneUnemployedAtEntry() {
        learner.setLabourStatus(LabourStatus.UNEMPLOYED);
        assertFalse(atExit(jobSearching()).isPositive());
    }

    @Test
    void jobSearchingIsNotPositiveForSomeoneEmployedAtEntry() {
        learner.setLabourStatus(LabourStatus.EMPLOYED);
        assertFalse(atExit(jobSearching()).isPositive());
    }

    @Test
    void jobSearchingIsNotPositiveWhenTheStatusAtEntryIsUnknown() {
        learner.setLabourStatus(null);
        assertFalse(atExit(jobSearching()).isPositive());
    }

    @Test
    void beingInactiveIsNotPositive() {
        learner.setLabourStatus(LabourStatus.INACTIVE);
        assertFalse(atExit(inactive()).isPositive());
    }

    @Test
    void anUnknownSituationIsNotPositive() {
        assertFalse(atSixMonths(Situation.unknownSituation()).isPositive());
    }

    // --- ESF+ result indicators

    @Test
    void atExitEveryBoxFeedsItsIndicatorFromEecr01ToEecr04() {
        Situation all = new Situation(true, true, true, true, ContractType.SELF_EMPLOYED, false, false, false);
        assertEquals(Set.of(EsfIndicator.EECR01, EsfIndicator.EECR02, EsfIndicator.EECR03, EsfIndicator.EECR04),
                atExit(all).indicators());
    }

    @Test
    void aJobAtExitFeedsEecr04ButNotEecr05() {
        assertEquals(Set.of(EsfIndicator.EECR04), atExit(Situation.employedAs(ContractType.PERMANENT)).indicators());
    }

    @Test
    void jobSearchingAtExitFeedsEecr01Only() {
        assertEquals(Set.of(EsfIndicator.EECR01), atExit(jobSearching()).indicators());
    }

    @Test
    void aJobAndABetterSituationAtSixMonthsFeedEecr05AndEecr06() {
        Situation s = new Situation(false, false, false, true, ContractType.PERMANENT, true, false, false);
        assertEquals(Set.of(EsfIndicator.EECR05, EsfIndicator.EECR06), atSixMonths(s).indicators());
    }

    @Test
    void atSixMonthsTheAtExitBoxesFeedNoIndicator() {
        Situation s = new Situation(true, true, true, false, null, false, false, false);
        assertEquals(Set.of(), atSixMonths(s).indicators());
    }

    @Test
    void anUnknownSituationFeedsNoIndicator() {
        assertEquals(Set.of(), atExit(Situation.unknownSituation()).indicators());
        assertEquals(Set.of(), atSixMonths(Situation.unknownSituation()).indicators());
    }

    @Test
    void indicatorsAreListedInCodeOrder() {
        Situation all = new Situation(true, true, true, true, ContractType.SELF_EMPLOYED, false, false, false);
        assertEquals(List.of(EsfIndicator.EECR01, EsfIndicator.EECR02, EsfIndicator.EECR03, EsfIndicator.EECR04),
                List.copyOf(atExit(all).indicators()));
    }
}
