package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LongDatesTest {

    @Test
    void theFirstOfTheMonthIsPremierInFrench() {
        assertEquals("1er mars 2025", LongDates.format(LocalDate.of(2025, 3, 1), Locale.FRENCH));
        assertEquals("15 mars 2025", LongDates.format(LocalDate.of(2025, 3, 15), Locale.FRENCH));
        assertEquals("1 March 2025", LongDates.format(LocalDate.of(2025, 3, 1), Locale.ENGLISH));
        assertEquals("", LongDates.format(null, Locale.FRENCH));
    }
}
