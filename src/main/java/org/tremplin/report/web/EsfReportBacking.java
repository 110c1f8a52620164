package org.tremplin.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.application.EsfReport;
import org.tremplin.report.domain.GenderCounts;
import org.tremplin.report.domain.Suppression;
import org.tremplin.shared.web.Charts;
import org.tremplin.shared.web.Texts;

/** The ESF+ indicator report: the table by gender, the chart against targets, downloads, targets (admins). */
@Named
@ViewScoped
public class EsfReportBacking extends ReportPage {

    private EsfReport report;
    private final Map<String, String> targets = new HashMap<>();

    @Override
    protected void read(Long programmeId, LocalDate from, LocalDate to) {
        report = reports.esf(programmeId, from, to);
        targets.clear();
        report.rows().forEach(r -> targets.put(r.indicator().code(), r.target() == null ? "" : r.target().toString()));
    }

    @Override
    protected String view() {
        return "/reports/esf";
    }

    /** A cell as shown: the number, "< 5" when small, "s" when hidden to protect another. */
    public String cell(GenderCounts.Disclosed counts, String cell) {
        return String.valueOf(counts.label(GenderCounts.Cell.valueOf(cell), report.threshold()));
    }

    /** Whether any row hides a cell to protect another (then the legend of "s" is shown). */
    public boolean isSecondary() {
        return report.rows().stream().anyMatch(r -> r.counts().suppressed().containsValue(Suppression.SECONDARY));
    }

    /** Coordinators and admins open the people behind a non-zero figure. */
    public boolean isDrillable(Long value) {
        return !user.isFunder() && value != null && value > 0;
    }

    public String getChart() {
        List<EsfReport.Row> rows = report.rows();
        return Charts.bars(rows.stream().map(r -> r.indicator().code()).toList())
                .series(Texts.text("report.achieved"), "#1d4ed8", rows.stream().map(r -> r.counts().total()).toList())
                .series(Texts.text("report.target"), "#94a3b8", rows.stream().map(r -> r.target()).toList())
                .horizontal().toString();
    }

    /** Admins: stores the targets typed in the table (empty removes one). */
    public String saveTargets() {
        Map<EsfIndicator, Integer> parsed = new EnumMap<>(EsfIndicator.class);
        boolean valid = true;
        for (EsfIndicator indicator : EsfIndicator.values()) {
            String typed = targets.get(indicator.code()); // an emptied field is submitted as null
            String value = typed == null ? "" : typed.strip();
            if (value.isEmpty()) {
                parsed.put(indicator, null);
                continue;
            }
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                parsed.put(indicator, n);
            } catch (NumberFormatException e) {
                Messages.addGlobalError("report.targetInvalid", indicator.code(), value);
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        reports.setTargets(report.programmeId(), parsed);
        Messages.addGlobalInfo("general.saved");
        Faces.getFlash().setKeepMessages(true);
        return show();
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public EsfReport getReport() { return report; }
    public Map<String, String> getTargets() { return targets; }
}
