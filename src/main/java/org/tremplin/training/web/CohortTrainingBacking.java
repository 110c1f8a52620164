package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tremplin.programme.web.CohortBacking;
import org.tremplin.training.application.AssessmentService;
import org.tremplin.training.application.AssessmentService.AreaProgress;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.infrastructure.AttendanceRepository.CohortFigures;
import org.tremplin.training.infrastructure.AttendanceRepository.Totals;

/** The training part of cohorts/view.xhtml: hours planned and done, attendance rates, DigComp progression. */
@Named
@ViewScoped
public class CohortTrainingBacking implements Serializable {

    @Inject
    CohortBacking cohort;

    @Inject
    AttendanceService attendance;

    @Inject
    AssessmentService assessments;

    private CohortFigures figures;
    private Map<Long, Totals> byLearner;
    private List<AreaProgress> progress;

    public CohortFigures getFigures() {
        if (figures == null) {
            figures = attendance.ofCohort(cohort.getId());
        }
        return figures;
    }

    /** Learner id → their attendance in this cohort's sessions. */
    public Map<Long, Totals> getByLearner() {
        if (byLearner == null) {
            byLearner = attendance.byLearnerOfCohort(cohort.getId());
        }
        return byLearner;
    }

    public List<AreaProgress> getProgress() {
        if (progress == null) {
            progress = assessments.progressOfCohort(cohort.getId());
        }
        return progress;
    }

    public String hours(long minutes) {
        return String.format(Locale.ROOT, "%d h %02d", minutes / 60, minutes % 60);
    }
}
