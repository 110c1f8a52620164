package org.tremplin.report.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.domain.GenderCounts;

/**
 * The ESF+ indicator report of a programme for a period, as its reader may see it: {@code masked}
 * when small cells are hidden (funders), the share of incomplete participant records and whether it
 * puts the funding at risk (above 35 %).
 */
public record EsfReport(long programmeId, String programme, LocalDate from, LocalDate to, int minAttendanceDays,
        long participants, long incomplete, boolean masked, int threshold, List<Row> rows) implements Serializable {

    /** Above this share of incomplete participant records, ESF+ funding is at risk. */
    public static final double INCOMPLETE_LIMIT = 0.35;

    public record Row(EsfIndicator indicator, GenderCounts.Disclosed counts, Integer target) implements Serializable {
        /** Progress towards the target in percent, when there is one. */
        public Integer progress() {
            return target == null || target == 0 || counts.total() == null ? null : (int) Math.round(100.0 * counts.total() / target);
        }
    }

    public double incompleteShare() {
        return participants == 0 ? 0 : (double) incomplete / participants;
    }

    public boolean isIncompleteWarning() {
        return incompleteShare() > INCOMPLETE_LIMIT;
    }

    public Row row(EsfIndicator indicator) {
        return rows.stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
    }
}
