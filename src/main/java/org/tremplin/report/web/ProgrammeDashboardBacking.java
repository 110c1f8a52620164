package org.tremplin.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.report.application.ProgrammeDashboard;
import org.tremplin.report.infrastructure.ProgrammeQueries.AreaLevels;
import org.tremplin.report.infrastructure.ProgrammeQueries.CohortFigures;
import org.tremplin.shared.web.Charts;
import org.tremplin.shared.web.Texts;

/** A programme's dashboards: pathway funnel, attendance and hours, equipment, DigComp progression. */
@Named
@ViewScoped
public class ProgrammeDashboardBacking extends ReportPage {

    private ProgrammeDashboard dashboard;

    @Override
    protected void read(Long programmeId, LocalDate from, LocalDate to) {
        dashboard = reports.dashboard(programmeId, from, to);
    }

    @Override
    protected String view() {
        return "/reports/dashboard";
    }

    public String getFunnelChart() {
        var f = dashboard.funnel();
        return Charts.bars(List.of(Texts.text("funnel.enrolled"), Texts.text("funnel.attended"), Texts.text("funnel.completed"),
                        Texts.text("funnel.positiveAtExit"), Texts.text("funnel.employedAtSixMonths")))
                .series(Texts.text("report.people"), "#1d4ed8", java.util.Arrays.asList(f.enrolled(), f.attended(), f.completed(),
                        f.positiveAtExit(), f.employedAtSixMonths()))
                .horizontal().toString();
    }

    public String getAttendanceChart() {
        List<CohortFigures> cohorts = dashboard.cohorts();
        return Charts.bars(cohorts.stream().map(CohortFigures::cohort).toList())
                .series(Texts.text("report.hoursDelivered"), "#1d4ed8", cohorts.stream().map(CohortFigures::hoursDelivered).toList())
                .series(Texts.text("report.plannedHours"), "#94a3b8", cohorts.stream().map(CohortFigures::plannedHours).toList())
                .toString();
    }

    public String getDigCompChart() {
        List<AreaLevels> areas = dashboard.digComp();
        return Charts.bars(areas.stream().map(a -> Texts.text("digcomp.area." + a.area())).toList())
                .series(Texts.text("report.entryLevel"), "#94a3b8", areas.stream().map(AreaLevels::entry).toList())
                .series(Texts.text("report.exitLevel"), "#1d4ed8", areas.stream().map(AreaLevels::exit).toList())
                .max(8).toString();
    }

    /** A count as shown: "< 5" when hidden (funders, 1 to threshold - 1 people). */
    public String count(Long value) {
        return value == null ? "< " + dashboard.threshold() : value.toString();
    }

    /** A cohort's learner count as shown: "< 5" for funders when few. */
    public String learners(long count) {
        Long shown = dashboard.disclosed(count);
        return shown == null ? "< " + dashboard.threshold() : shown.toString();
    }

    public ProgrammeDashboard getDashboard() { return dashboard; }
}
