package org.tremplin.report.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.report.infrastructure.ProgrammeQueries.AreaLevels;
import org.tremplin.report.infrastructure.ProgrammeQueries.CohortFigures;
import org.tremplin.report.infrastructure.ProgrammeQueries.Funnel;
import org.tremplin.report.infrastructure.ProgrammeQueries.Loans;

/**
 * A programme's figures for a period: the pathway funnel, each cohort's delivery, equipment and DigComp
 * progression. {@code threshold} is above 0 when small counts of a breakdown must be masked (funders).
 */
public record ProgrammeDashboard(long programmeId, String programme, LocalDate from, LocalDate to, int threshold,
        Funnel funnel, List<CohortFigures> cohorts, Loans loans, List<AreaLevels> digComp) implements Serializable {

    /** A count of a breakdown (a cohort's learners) as it may be shown: null when masked. */
    public Long disclosed(long count) {
        return count < threshold ? null : count;
    }
}
