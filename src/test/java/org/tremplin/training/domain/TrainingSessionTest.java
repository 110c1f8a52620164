package org.tremplin.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;

class TrainingSessionTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final Cohort COHORT = new Cohort(new Programme("Synapse", "FEDER", START.minusYears(1), START.plusYears(2)),
            new Site("Lille-Sud", "Lille"), "Premiers pas", START, START.plusMonths(6), 60);

    static TrainingSession session(LocalDate day, int fromHour, int toHour) {
        return new TrainingSession(COHORT, day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), "trainer", "Salle 2",
                "E-mail", List.of());
    }

    @Test
    void eightWeeksWithOneSkippedDateMakeSevenSessions() {
        LocalDate tuesday = LocalDate.of(2026, 10, 6);
        List<LocalDate> dates = TrainingSession.weeklyDates(tuesday, 8, Set.of(LocalDate.of(2026, 11, 10)));
        assertEquals(7, dates.size());
        assertEquals(tuesday, dates.get(0));
        assertEquals(LocalDate.of(2026, 11, 24), dates.get(6));
        assertFalse(dates.contains(LocalDate.of(2026, 11, 10)));
        assertTrue(dates.stream().allMatch(d -> d.getDayOfWeek() == tuesday.getDayOfWeek()));
    }

    @Test
    void aSkippedDateOutsideTheSeriesChangesNothingAndTheWeeksAreBounded() {
        assertEquals(3, TrainingSession.weeklyDates(START, 3, Set.of(START.plusDays(1))).size());
        assertEquals("weeks", assertThrows(ConflictException.class, () -> TrainingSession.weeklyDates(START, 0, null)).getField());
        assertEquals("weeks", assertThrows(ConflictException.class, () -> TrainingSession.weeklyDates(START, 53, null)).getField());
    }

    @Test
    void aSessionEndsAfterItStartsWithinItsCohortsDates() {
        assertEquals("endTime", assertThrows(ConflictException.class, () -> session(START, 12, 9)).getField());
        assertEquals("endTime", assertThrows(ConflictException.class, () -> session(START, 9, 9)).getField());
        assertEquals("date", assertThrows(ConflictException.class, () -> session(START.minusDays(1), 9, 12)).getField());
        assertEquals(180, session(START, 9, 12).minutes());
        assertTrue(session(START, 9, 12).isMorning());
        assertFalse(session(START, 14, 17).isMorning());
    }

    @Test
    void attendanceIsTakenOnTheDayOrAfterNeverWhenCancelled() {
        TrainingSession s = session(START.plusDays(7), 9, 12);
        assertThrows(ConflictException.class, () -> s.checkAttendanceAllowed(START));
        s.checkAttendanceAllowed(START.plusDays(7));
        assertFalse(s.isPastOn(START.plusDays(7)));
        assertTrue(s.isPastOn(START.plusDays(8)));
        s.cancel();
        assertThrows(ConflictException.class, () -> s.checkAttendanceAllowed(START.plusDays(9)));
    }

    @Test
    void onceTheRegisterIsTakenTheSessionNeitherMovesNorIsCancelled() {
        TrainingSession s = session(START.plusDays(7), 9, 12);
        s.schedule(START.plusDays(8), LocalTime.of(9, 0), LocalTime.of(12, 30));
        assertEquals(210, s.minutes());
        s.attendanceTaken("trainer", Instant.now());
        assertThrows(ConflictException.class, () -> s.schedule(START.plusDays(9), LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThrows(ConflictException.class, s::cancel);
        s.schedule(START.plusDays(8), LocalTime.of(9, 0), LocalTime.of(12, 30)); // same slot: not a move
    }

    @Test
    void aTopicAndATrainerAreRequired() {
        assertEquals("topic", assertThrows(ConflictException.class, () -> new TrainingSession(COHORT, START, LocalTime.of(9, 0),
                LocalTime.of(10, 0), "trainer", null, " ", List.of())).getField());
        TrainingSession s = session(START, 9, 12);
        assertEquals("trainer", assertThrows(ConflictException.class, () -> s.assignTo("")).getField());
        assertTrue(s.isLedBy("trainer"));
        assertFalse(s.isLedBy("other"));
    }
}
