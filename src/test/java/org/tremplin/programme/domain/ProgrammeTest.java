package org.tremplin.programme.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private final Programme programme = new Programme("Synapse", "FSE+", START, END);

    @Test
    void periodIsOrderedUnlessEndIsBeforeStart() {
        assertTrue(programme.isPeriodOrdered());
        assertTrue(new Programme("One day", "FSE+", START, START).isPeriodOrdered());
        assertFalse(new Programme("Backwards", "FSE+", END, START).isPeriodOrdered());
    }

    @Test
    void incompletePeriodIsLeftToNotNull() {
        assertTrue(new Programme("Open", "FSE+", START, null).isPeriodOrdered());
        assertTrue(new Programme("Open", "FSE+", null, END).isPeriodOrdered());
    }

    @Test
    void coversExactlyThePeriodBoundsIncluded() {
        assertTrue(programme.covers(START));
        assertTrue(programme.covers(END));
        assertTrue(programme.covers(LocalDate.of(2025, 7, 14)));
        assertFalse(programme.covers(START.minusDays(1)));
        assertFalse(programme.covers(END.plusDays(1)));
    }

    @Test
    void aProgrammeWhoseFunderNamesAnEuFundIsEuCofunded() {
        for (String funder : new String[] {"FSE+", "FEDER / Région Hauts-de-France", "ESF+ Flanders", "Union européenne", "REACT-EU"}) {
            org.junit.jupiter.api.Assertions.assertTrue(new Programme("P", funder, START, END).isEuCofunded(), funder);
        }
        for (String funder : new String[] {"Région Hauts-de-France", "Fondation Orange", "Feuille", "", "Europe Direct"}) {
            org.junit.jupiter.api.Assertions.assertFalse(new Programme("P", funder, START, END).isEuCofunded(), funder);
        }
        org.junit.jupiter.api.Assertions.assertFalse(new Programme("P", null, START, END).isEuCofunded());
    }
}
