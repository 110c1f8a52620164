package org.tremplin.report.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.report.domain.SmallCounts;
import org.tremplin.report.infrastructure.ProgrammeQueries.AreaLevels;
import org.tremplin.report.infrastructure.ProgrammeQueries.CohortFigures;
import org.tremplin.report.infrastructure.ProgrammeQueries.Funnel;
import org.tremplin.report.infrastructure.ProgrammeQueries.Loans;

/**
 * A programme's figures for a period: the pathway funnel, each cohort's delivery, equipment and DigComp
 * progression. {@code threshold} is above 0 when small counts must be hidden (funders: {@link #masked()}).
 */
public record ProgrammeDashboard(long programmeId, String programme, LocalDate from, LocalDate to, int threshold,
        Funnel funnel, List<CohortFigures> cohorts, Loans loans, List<AreaLevels> digComp) implements Serializable {

    /** A count of a breakdown (a cohort's learners) as it may be shown: null when small (1 to threshold - 1). */
    public Long disclosed(long count) {
        return SmallCounts.shown(count, threshold);
    }

    /** A figure of a cohort (its attendance) as it may be shown: null when the cohort's learners are too few. */
    public Double disclosed(Double value, long learners) {
        return SmallCounts.shown(value, learners, threshold);
    }

    /** The figures as a funder may see them: every count of 1 to threshold - 1 hidden, with what it would reveal. */
    public ProgrammeDashboard masked() {
        return new ProgrammeDashboard(programmeId, programme, from, to, threshold, funnel.masked(threshold), cohorts,
                loans.masked(threshold), digComp.stream().map(a -> a.masked(threshold)).toList());
    }
}
