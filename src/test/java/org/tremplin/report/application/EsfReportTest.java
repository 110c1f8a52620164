package org.tremplin.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.domain.GenderCounts;

/** The report's data-quality warning (above 35 % of incomplete records) and the progress towards a target. */
class EsfReportTest {

    static EsfReport report(long participants, long incomplete) {
        return new EsfReport(1, "Synapse", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2, participants, incomplete,
                false, 5, List.of(new EsfReport.Row(EsfIndicator.EECO01, new GenderCounts(3, 4, 0, 0).disclosed(), 28)));
    }

    @Test
    void thirtyFivePercentIncompleteIsTheLimitNotYetAWarning() {
        assertEquals(0.35, report(100, 35).incompleteShare(), 1e-9);
        assertFalse(report(100, 35).isIncompleteWarning());
        assertTrue(report(100, 36).isIncompleteWarning());
    }

    @Test
    void noParticipantsMeansNoShareAndNoWarning() {
        assertEquals(0.0, report(0, 0).incompleteShare());
        assertFalse(report(0, 0).isIncompleteWarning());
    }

    @Test
    void progressIsTheTotalAgainstTheTargetInPercent() {
        assertEquals(25, report(7, 0).row(EsfIndicator.EECO01).progress());
        assertNull(new EsfReport.Row(EsfIndicator.EECO02, GenderCounts.ZERO.disclosed(), null).progress());
        assertNull(new EsfReport.Row(EsfIndicator.EECO02, GenderCounts.ZERO.disclosed(), 0).progress());
        assertNull(new EsfReport.Row(EsfIndicator.EECO02, new GenderCounts(3, 0, 0, 0).disclosed(5), 10).progress(),
                "a hidden total gives no progress either (it would tell the total)");
    }
}
