package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import org.tremplin.learner.web.LearnerFileBacking;
import org.tremplin.shared.web.Language;
import org.tremplin.shared.web.Messages;
import org.tremplin.training.application.AssessmentService;
import org.tremplin.training.application.AssessmentService.AreaProgress;
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

    private AttendanceService.LearnerAttendance learnerAttendance;
    private List<AreaProgress> progress;
    private List<Assessment> assessmentList;

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
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder entry = Json.createArrayBuilder();
        JsonArrayBuilder latest = Json.createArrayBuilder();
        for (AreaProgress p : getProgress()) {
            labels.add(Messages.text("digcomp.area." + p.area()));
            entry.add(p.entry() == null ? 0 : p.entry());
            latest.add(p.latest() == null ? 0 : p.latest());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("skills.entry")).add("data", entry)
                                        .add("backgroundColor", "#94a3b8"))
                                .add(Json.createObjectBuilder().add("label", Messages.text("skills.latest")).add("data", latest)
                                        .add("backgroundColor", "#1d4ed8"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 8))))
                .build().toString();
    }
}
