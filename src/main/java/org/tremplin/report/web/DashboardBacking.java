package org.tremplin.report.web;

import org.tremplin.equipment.application.LoanService;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.infrastructure.AttendanceRepository.Absentee;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.tremplin.learner.application.AccompanimentService;
import org.tremplin.outcome.application.FollowUpService;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.TrainingSession;
import java.util.Optional;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.report.application.DashboardQueries;
import org.tremplin.report.application.DashboardQueries.ProgrammeFigures;
import org.tremplin.equipment.application.LoanService.LoanCounts;

/** The home page: each role sees its own figures (a trainer, today's sessions first); a funder sees totals only. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    DashboardQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    LoanService loans;

    @Inject
    AttendanceService attendance;

    @Inject
    SessionService sessions;

    private List<ProgrammeFigures> programmes;
    private LoanCounts loanCounts;
    private List<Absentee> absentees;
    private List<TrainingSession> today;
    private List<org.tremplin.outcome.application.SurveyService.Rate> surveyRates;

    @Inject
    org.tremplin.outcome.application.SurveyService surveys;

    @Inject
    FollowUpService followUps;

    private FollowUpService.Counts followUpCounts;

    @Inject
    AccompanimentService accompaniments;

    private Long accompanimentsThisMonth;

    /** One-off accompaniments of the user's sites since the first of the month (admins and coordinators). */
    public long getAccompaniments() {
        if (accompanimentsThisMonth == null) {
            LocalDate today = LocalDate.now();
            accompanimentsThisMonth = accompaniments.activity(today.withDayOfMonth(1), today).stream()
                    .mapToLong(AccompanimentService.SiteActivity::accompaniments).sum();
        }
        return accompanimentsThisMonth;
    }

    /** Follow-ups due this month and overdue in the user's sites (admins and coordinators). */
    public FollowUpService.Counts getFollowUps() {
        if (followUpCounts == null) {
            followUpCounts = followUps.counts();
        }
        return followUpCounts;
    }

    /** People asked to answer the six-month survey and people who did, per programme (admins and coordinators). */
    public List<org.tremplin.outcome.application.SurveyService.Rate> getSurveyRates() {
        if (surveyRates == null) {
            surveyRates = surveys.responseRates();
        }
        return surveyRates;
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
        if (loanCounts == null) {
            loanCounts = loans.counts();
        }
        return loanCounts;
    }

    public long getLearners() {
        return queries.learners();
    }

    public long getOpenEnrolments() {
        return queries.openEnrolments();
    }

    public long getRunningCohorts() {
        return queries.runningCohorts();
    }

    public long getIncompleteRecords() {
        return queries.incompleteRecords();
    }

    public List<ProgrammeFigures> getProgrammes() {
        if (programmes == null) {
            programmes = queries.programmes(user.isFunder() ? Optional.of(user.fundedProgrammeIds()) : Optional.empty());
        }
        return programmes;
    }
}
