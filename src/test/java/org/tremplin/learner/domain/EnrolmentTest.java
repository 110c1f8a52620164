package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;

class EnrolmentTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    private final Site site = new Site("Médiathèque", "Roubaix");
    private final Programme programme = new Programme("Synapse", "FSE+", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    private final Cohort cohort = new Cohort(programme, site, "Printemps 2025", START, END, 60);
    private final Learner learner = new Learner("Amina", "Benali", site);

    private Enrolment enrolment() {
        return new Enrolment(learner, cohort, START.plusDays(3));
    }

    @Test
    void newEnrolmentIsEnrolledAndOpen() {
        Enrolment e = enrolment();
        assertEquals(EnrolmentStatus.ENROLLED, e.getStatus());
        assertTrue(e.isOpen());
        assertSame(learner, e.getLearner());
        assertSame(cohort, e.getCohort());
        assertEquals(START.plusDays(3), e.getEntryDate());
        assertNull(e.getExitDate());
        assertNull(e.getExitReason());
    }

    @Test
    void nullEntryDateIsRefused() {
        ConflictException e = assertThrows(ConflictException.class, () -> new Enrolment(learner, cohort, null));
        assertEquals("entryDate", e.getField());
    }

    @Test
    void entryAfterCohortEndIsRefused() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> new Enrolment(learner, cohort, END.plusDays(1)));
        assertEquals("entryDate", e.getField());
    }

    @Test
    void entryOnTheLastDayOfTheCohortIsAccepted() {
        assertEquals(END, new Enrolment(learner, cohort, END).getEntryDate());
    }

    @Test
    void activateMovesEnrolledToActive() {
        Enrolment e = enrolment();
        e.activate();
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
        e.activate();
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
    }

    @Test
    void activateDoesNotReopenAClosedEnrolment() {
        Enrolment e = enrolment();
        e.exit(START.plusDays(10), ExitReason.HEALTH);
        e.activate();
        assertEquals(EnrolmentStatus.DROPPED_OUT, e.getStatus());
        assertFalse(e.isOpen());
    }

    @Test
    void exitWithCompletedReasonCompletes() {
        Enrolment e = enrolment();
        e.activate();
        e.exit(END, ExitReason.COMPLETED);
        assertEquals(EnrolmentStatus.COMPLETED, e.getStatus());
        assertEquals(END, e.getExitDate());
        assertEquals(ExitReason.COMPLETED, e.getExitReason());
        assertFalse(e.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = ExitReason.class, names = {"HEALTH", "MOVED", "LOST_CONTACT", "OTHER"})
    void exitWithAReasonOtherThanTheEndOrSomethingBetterDropsOut(ExitReason reason) {
        Enrolment e = enrolment();
        e.activate();
        e.exit(START.plusDays(20), reason);
        assertEquals(EnrolmentStatus.DROPPED_OUT, e.getStatus());
        assertEquals(reason, e.getExitReason());
    }

    @Test
    void exitOnTheEntryDayIsAccepted() {
        Enrolment e = enrolment();
        e.exit(e.getEntryDate(), ExitReason.MOVED);
        assertEquals(e.getEntryDate(), e.getExitDate());
    }

    @Test
    void exitBeforeEntryIsRefusedAndChangesNothing() {
        Enrolment e = enrolment();
        ConflictException ex = assertThrows(ConflictException.class,
                () -> e.exit(e.getEntryDate().minusDays(1), ExitReason.COMPLETED));
        assertEquals("exitDate", ex.getField());
        assertTrue(e.isOpen());
        assertNull(e.getExitDate());
    }

    @Test
    void exitingTwiceIsRefused() {
        Enrolment e = enrolment();
        e.exit(START.plusDays(10), ExitReason.EMPLOYMENT);
        assertThrows(ConflictException.class, () -> e.exit(START.plusDays(11), ExitReason.COMPLETED));
        assertEquals(EnrolmentStatus.POSITIVE_EXIT, e.getStatus(), "left early for a job");
        assertEquals(START.plusDays(10), e.getExitDate());
    }

    @Test
    void exitWithoutDateOrReasonIsRefused() {
        Enrolment e = enrolment();
        assertEquals("exitDate", assertThrows(ConflictException.class, () -> e.exit(null, ExitReason.COMPLETED)).getField());
        assertEquals("exitReason", assertThrows(ConflictException.class, () -> e.exit(END, null)).getField());
        assertTrue(e.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = ExitReason.class, names = {"EMPLOYMENT", "OTHER_TRAINING", "QUALIFICATION"})
    void leavingEarlyForAJobATrainingOrAQualificationIsAPositiveExitNotADropOut(ExitReason reason) {
        Enrolment e = enrolment();
        e.activate();
        e.exit(START.plusDays(20), reason);
        assertEquals(EnrolmentStatus.POSITIVE_EXIT, e.getStatus());
        assertFalse(e.isOpen());
    }
}
