package org.tremplin.programme.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    private final Programme programme = new Programme("Synapse", "FSE+", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    private final Site site = new Site("Médiathèque", "Roubaix");

    private Cohort cohort(LocalDate start, LocalDate end) {
        return new Cohort(programme, site, "Printemps", start, end, 60);
    }

    @Test
    void periodIsOrderedUnlessEndIsBeforeStart() {
        assertTrue(cohort(START, END).isPeriodOrdered());
        assertTrue(cohort(START, START).isPeriodOrdered());
        assertFalse(cohort(END, START).isPeriodOrdered());
    }

    @Test
    void missingDateDoesNotBreakTheOrderRule() {
        assertTrue(cohort(null, END).isPeriodOrdered());
        assertTrue(cohort(START, null).isPeriodOrdered());
    }

    @Test
    void runsExactlyFromStartToEndIncluded() {
        Cohort c = cohort(START, END);
        assertTrue(c.isRunningOn(START));
        assertTrue(c.isRunningOn(END));
        assertTrue(c.isRunningOn(LocalDate.of(2025, 4, 15)));
        assertFalse(c.isRunningOn(START.minusDays(1)));
        assertFalse(c.isRunningOn(END.plusDays(1)));
    }
}
