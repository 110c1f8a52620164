package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.web.LearnerFileBacking;
import org.tremplin.shared.web.Charts;
import org.tremplin.shared.web.Language;
import org.tremplin.shared.web.Texts;
import org.tremplin.training.application.AssessmentService.AreaProgress;
import org.tremplin.training.application.AssessmentService;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.domain.Assessment;
import org.tremplin.training.domain.DigCompLevel;

/**
 * The learner file's Attendance and Skills tabs (learners/tabs/attendance.xhtml, skills.xhtml): hours
 * and rate with the register lines; DigComp entry vs latest level per area, as a table and a chart.
 */
@Named
@ViewScoped
public class LearnerTrainingBacking implements Serializable {

    @Inject
    LearnerFileBacking file;

    @Inject
    AttendanceService attendance;

    @Inject
    AssessmentService assessments;

    @Inject
    Language language;

    @Inject
    CurrentUser user;

    private AttendanceService.LearnerAttendance learnerAttendance;
    private List<AreaProgress> progress;
    private List<Assessment> assessmentList;
    /** The assessment whose deletion waits for a confirmation. */
    private Long deleting;

    /** First step of a deletion: the tab asks for a confirmation. */
    public void askDelete(Long assessmentId) {
        deleting = assessmentId;
        file.show("skills");
    }

    public void cancelDelete() {
        deleting = null;
    }

    /** Deletes the assessment asked for (recorded in error; the audit trail keeps what it said) and shows the file again. */
    public String confirmDelete() {
        if (deleting != null) {
            assessments.delete(deleting);
            deleting = null;
            Messages.addGlobalInfo("skills.deleted");
            Faces.getFlash().setKeepMessages(true);
        }
        return "/learners/view?faces-redirect=true&id=" + file.getId() + "&tab="
                + LearnerFileBacking.tabIndex("skills", user.isSeesSensitive());
    }

    public Long getDeleting() { return deleting; }

    public AttendanceService.LearnerAttendance getAttendance() {
        if (learnerAttendance == null) {
            learnerAttendance = attendance.ofLearner(file.getId());
        }
        return learnerAttendance;
    }

    /** "12.5": hours with at most one decimal, in the page's language. */
    public String getHours() {
        return String.format(language.getLocale(), "%.1f", getAttendance().totals().hours());
    }

    public List<AreaProgress> getProgress() {
        if (progress == null) {
            progress = assessments.progressOf(file.getId());
        }
        return progress;
    }

    public List<Assessment> getAssessments() {
        if (assessmentList == null) {
            assessmentList = assessments.ofLearner(file.getId()).reversed();
        }
        return assessmentList;
    }

    /** The DigComp band of an average level (rounded). */
    public String band(Double level) {
        return level == null ? null : DigCompLevel.bandOf((int) Math.max(1, Math.min(8, Math.round(level)))).name();
    }

    /** Chart.js configuration: entry and latest average level per DigComp area (bars, scale 0–8). */
    public String getChart() {
        List<AreaProgress> progress = getProgress();
        return Charts.bars(progress.stream().map(p -> Texts.text("digcomp.area." + p.area())).toList())
                .series(Texts.text("skills.entry"), "#94a3b8", progress.stream().map(p -> p.entry() == null ? 0 : p.entry()).toList())
                .series(Texts.text("skills.latest"), "#1d4ed8", progress.stream().map(p -> p.latest() == null ? 0 : p.latest()).toList())
                .max(8).toString();
    }
}
