package org.tremplin.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.equipment.application.LoanService.LoanCounts;
import org.tremplin.outcome.application.FollowUpService;
import org.tremplin.outcome.application.SurveyService;
import org.tremplin.report.application.DashboardFigures;
import org.tremplin.report.application.DashboardQueries.ProgrammeFigures;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.TrainingSession;
import org.tremplin.training.infrastructure.AttendanceRepository.Absentee;

/**
 * The home page: each role sees its own figures (a trainer, today's sessions first); a funder sees totals only.
 * The figures are kept a few seconds for callers of the same scope ({@link DashboardFigures}); the absentees and a
 * trainer's sessions of the day are read for each request.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    DashboardFigures figures;

    @Inject
    AttendanceService attendance;

    @Inject
    SessionService sessions;

    private List<Absentee> absentees;
    private List<TrainingSession> today;

    /** One-off accompaniments of the user's sites since the first of the month (admins and coordinators). */
    public long getAccompaniments() {
        return figures.accompanimentsThisMonth();
    }

    /** Follow-ups due this month and overdue in the user's sites (admins and coordinators). */
    public FollowUpService.Counts getFollowUps() {
        return figures.followUps();
    }

    /** People asked to answer the six-month survey and people who did, per programme (admins and coordinators). */
    public List<SurveyService.Rate> getSurveyRates() {
        return figures.surveyRates();
    }

    /** A trainer's sessions of today, first on their home page. */
    public List<TrainingSession> getTodaySessions() {
        if (today == null) {
            today = sessions.mineOn(LocalDate.now());
        }
        return today;
    }

    /** Learners of the user's sites absent from their last three sessions (admins and coordinators). */
    public List<Absentee> getAbsentees() {
        if (absentees == null) {
            absentees = attendance.absentInARow();
        }
        return absentees;
    }

    /** Items out now and those past due, in the user's sites (admins and coordinators). */
    public LoanCounts getLoans() {
        return figures.loans();
    }

    public long getLearners() {
        return figures.learners();
    }

    public long getOpenEnrolments() {
        return figures.openEnrolments();
    }

    public long getRunningCohorts() {
        return figures.runningCohorts();
    }

    public long getIncompleteRecords() {
        return figures.incompleteRecords();
    }

    public List<ProgrammeFigures> getProgrammes() {
        return figures.programmes();
    }
}
