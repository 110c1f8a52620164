package org.tremplin.report.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.tremplin.report.application.ProgrammeDashboard;
import org.tremplin.report.infrastructure.ProgrammeQueries.AreaLevels;
import org.tremplin.report.infrastructure.ProgrammeQueries.Funnel;
import org.tremplin.report.infrastructure.ProgrammeQueries.Loans;
import org.tremplin.shared.rest.Inputs;

/** A programme's dashboards as JSON; a cohort's learner count is null when masked (funders). */
public record DashboardJson(long programmeId, String programme, String from, String to, Funnel funnel,
        List<CohortJson> cohorts, Loans loans, List<AreaLevels> digComp) {

    @JsonbNillable
    public record CohortJson(long cohortId, String cohort, int plannedHours, Long learners, long sessions,
            double hoursDelivered, Double attendanceRate, double hoursAttended) {
    }

    static DashboardJson of(ProgrammeDashboard d) {
        return new DashboardJson(d.programmeId(), d.programme(), Inputs.text(d.from()), Inputs.text(d.to()), d.funnel(),
                d.cohorts().stream().map(c -> new CohortJson(c.cohortId(), c.cohort(), c.plannedHours(), d.disclosed(c.learners()),
                        c.sessions(), c.hoursDelivered(), c.attendanceRate(), c.hoursAttended())).toList(),
                d.loans(), d.digComp());
    }
}
