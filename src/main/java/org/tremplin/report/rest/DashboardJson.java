package org.tremplin.report.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.tremplin.report.application.ProgrammeDashboard;
import org.tremplin.report.infrastructure.ProgrammeQueries.AreaLevels;
import org.tremplin.report.infrastructure.ProgrammeQueries.Funnel;
import org.tremplin.report.infrastructure.ProgrammeQueries.Loans;
import org.tremplin.shared.rest.Inputs;

/**
 * A programme's dashboards as JSON. For funders every count of 1 to threshold - 1 people is null, with what it
 * would reveal (an average level, a cohort's attendance rate and hours attended).
 */
public record DashboardJson(long programmeId, String programme, String from, String to, Funnel funnel,
        List<CohortJson> cohorts, Loans loans, List<AreaLevels> digComp) {

    @JsonbNillable
    public record CohortJson(long cohortId, String cohort, int plannedHours, Long learners, long sessions,
            double hoursDelivered, Double attendanceRate, Double hoursAttended) {
    }

    static DashboardJson of(ProgrammeDashboard d) {
        return new DashboardJson(d.programmeId(), d.programme(), Inputs.text(d.from()), Inputs.text(d.to()), d.funnel(),
                d.cohorts().stream().map(c -> new CohortJson(c.cohortId(), c.cohort(), c.plannedHours(), d.disclosed(c.learners()),
                        c.sessions(), c.hoursDelivered(), d.disclosed(c.attendanceRate(), c.learners()),
                        d.disclosed(c.hoursAttended(), c.learners()))).toList(),
                d.loans(), d.digComp());
    }
}
