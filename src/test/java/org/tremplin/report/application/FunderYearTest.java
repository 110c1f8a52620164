package org.tremplin.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.programme.domain.Programme;
import org.tremplin.report.application.ReportService.Period;

/** A funder's period is one calendar year within the programme, whatever dates they ask for. */
class FunderYearTest {

    private final Programme synapse = new Programme("Synapse", "FSE+", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30));
    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @Test
    void withoutDatesTheCurrentYear() {
        assertEquals(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), ReportService.funderYear(synapse, null, null, today));
    }

    @Test
    void anyPeriodAskedForBecomesTheYearOfItsStart() {
        assertEquals(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                ReportService.funderYear(synapse, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 20), today),
                "a week cannot be differenced against the year");
        assertEquals(new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                ReportService.funderYear(synapse, null, LocalDate.of(2027, 2, 1), today));
    }

    @Test
    void theYearStaysWithinTheProgramme() {
        assertEquals(new Period(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)),
                ReportService.funderYear(synapse, LocalDate.of(2020, 1, 1), null, today));
        assertEquals(new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                ReportService.funderYear(synapse, null, null, LocalDate.of(2030, 5, 5)));
    }
}
