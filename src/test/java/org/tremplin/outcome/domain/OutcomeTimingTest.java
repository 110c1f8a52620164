package org.tremplin.outcome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The follow-up windows: at exit from the exit day to four weeks after it, six months after exit from
 * four weeks before the six-month date to three months after it, both ends included.
 */
class OutcomeTimingTest {

    private static final LocalDate EXIT = LocalDate.of(2026, 3, 2);

    @Test
    void atExitIsDueOnTheExitDay() {
        assertEquals(EXIT, OutcomeTiming.AT_EXIT.dueOn(EXIT));
    }

    @Test
    void atExitWindowRunsFromTheExitDayToFourWeeksLater() {
        assertEquals(LocalDate.of(2026, 3, 2), OutcomeTiming.AT_EXIT.windowStart(EXIT));
        assertEquals(LocalDate.of(2026, 3, 30), OutcomeTiming.AT_EXIT.windowEnd(EXIT));
    }

    @Test
    void atExitAcceptsTheExitDayItself() {
        assertTrue(OutcomeTiming.AT_EXIT.accepts(EXIT, EXIT));
    }

    @Test
    void atExitAcceptsExactlyFourWeeksAfterExit() {
        assertTrue(OutcomeTiming.AT_EXIT.accepts(EXIT, LocalDate.of(2026, 3, 30)));
    }

    @Test
    void atExitRefusesTheDayAfterTheFourWeeks() {
        assertFalse(OutcomeTiming.AT_EXIT.accepts(EXIT, LocalDate.of(2026, 3, 31)));
    }

    @Test
    void atExitRefusesTheDayBeforeExit() {
        assertFalse(OutcomeTiming.AT_EXIT.accepts(EXIT, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void sixMonthsIsDueSixCalendarMonthsAfterExit() {
        assertEquals(LocalDate.of(2026, 9, 2), OutcomeTiming.SIX_MONTHS.dueOn(EXIT));
    }

    @Test
    void sixMonthsWindowRunsFromFourWeeksBeforeTheDueDateToThreeMonthsAfterIt() {
        assertEquals(LocalDate.of(2026, 8, 5), OutcomeTiming.SIX_MONTHS.windowStart(EXIT));
        assertEquals(LocalDate.of(2026, 12, 2), OutcomeTiming.SIX_MONTHS.windowEnd(EXIT));
    }

    @Test
    void sixMonthsAcceptsExactlyFourWeeksBeforeTheDueDate() {
        assertTrue(OutcomeTiming.SIX_MONTHS.accepts(EXIT, LocalDate.of(2026, 8, 5)));
    }

    @Test
    void sixMonthsRefusesTheDayBeforeTheWindowOpens() {
        assertFalse(OutcomeTiming.SIX_MONTHS.accepts(EXIT, LocalDate.of(2026, 8, 4)));
    }

    @Test
    void sixMonthsAcceptsExactlyThreeMonthsAfterTheDueDate() {
        assertTrue(OutcomeTiming.SIX_MONTHS.accepts(EXIT, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void sixMonthsRefusesTheDayAfterTheWindowCloses() {
        assertFalse(OutcomeTiming.SIX_MONTHS.accepts(EXIT, LocalDate.of(2026, 12, 3)));
    }

    @Test
    void sixMonthsRefusesAnObservationOnTheExitDay() {
        assertFalse(OutcomeTiming.SIX_MONTHS.accepts(EXIT, EXIT));
    }

    @Test
    void aThirtyFirstOfAugustExitIsDueOnTheTwentyEighthOfFebruaryInACommonYear() {
        assertEquals(LocalDate.of(2026, 2, 28), OutcomeTiming.SIX_MONTHS.dueOn(LocalDate.of(2025, 8, 31)));
    }

    @Test
    void aThirtyFirstOfAugustExitIsDueOnTheTwentyNinthOfFebruaryInALeapYear() {
        assertEquals(LocalDate.of(2028, 2, 29), OutcomeTiming.SIX_MONTHS.dueOn(LocalDate.of(2027, 8, 31)));
    }

    @Test
    void aThirtyFirstOfAugustExitHasItsWindowAroundTheEndOfFebruary() {
        LocalDate exit = LocalDate.of(2025, 8, 31);
        assertEquals(LocalDate.of(2026, 1, 31), OutcomeTiming.SIX_MONTHS.windowStart(exit));
        assertEquals(LocalDate.of(2026, 5, 28), OutcomeTiming.SIX_MONTHS.windowEnd(exit));
    }
}
