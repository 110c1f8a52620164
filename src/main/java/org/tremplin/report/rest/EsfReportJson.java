package org.tremplin.report.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.tremplin.report.application.EsfReport;
import org.tremplin.report.domain.Suppression;
import org.tremplin.shared.rest.Inputs;

/**
 * DESIGN.md's ESF+ report shape: {@code {programmeId, from, to, participants, incompleteShare,
 * indicators: [{code, women, men, nonBinary, total}]}}, plus the programme's name, the count of
 * incomplete records and its warning, whether small cells are masked (null) and each row's label and target.
 */
public record EsfReportJson(long programmeId, String programme, String from, String to, int minAttendanceDays,
        long participants, long incomplete, double incompleteShare, boolean incompleteWarning, boolean masked,
        int threshold, List<Indicator> indicators) {

    /**
     * A hidden cell is {@code null} (written out, not left away) and {@code suppressed} names why, by cell:
     * {@code SMALL} (1 to threshold - 1 people) or {@code SECONDARY} (hidden so that a small one cannot be worked out).
     */
    @JsonbNillable
    public record Indicator(String code, String label, Long women, Long men, Long nonBinary, Long notRecorded, Long total,
            Map<String, Suppression> suppressed, Integer target) {
    }

    static EsfReportJson of(EsfReport r, ResourceBundle text) {
        return new EsfReportJson(r.programmeId(), r.programme(), Inputs.text(r.from()), Inputs.text(r.to()),
                r.minAttendanceDays(), r.participants(), r.incomplete(), Math.round(r.incompleteShare() * 10000) / 10000.0,
                r.isIncompleteWarning(), r.masked(), r.threshold(),
                r.rows().stream().map(row -> new Indicator(row.indicator().code(), text.getString("esf." + row.indicator().code()),
                        row.counts().women(), row.counts().men(), row.counts().nonBinary(), row.counts().notRecorded(),
                        row.counts().total(), row.counts().suppressed(), row.target()))
                        .toList());
    }
}
