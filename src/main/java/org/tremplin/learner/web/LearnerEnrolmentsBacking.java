package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.ConflictException;

/** The enrolments tab of the learner file: the pathways, enrolling in a cohort of the person's site, an exit. */
@Named
@ViewScoped
public class LearnerEnrolmentsBacking implements Serializable {

    @Inject
    LearnerFileBacking file;

    @Inject
    EnrolmentService enrolments;

    @Inject
    ProgrammeService programmes;

    private List<Enrolment> list;
    private Long cohortId;
    private LocalDate entryDate = LocalDate.now();
    private Long exitingId;
    private LocalDate exitDate = LocalDate.now();
    private ExitReason exitReason;

    public List<Enrolment> getEnrolments() {
        if (list == null) {
            list = enrolments.ofLearner(file.getId());
        }
        return list;
    }

    public void enrol() {
        file.show("enrolments");
        try {
            enrolments.enrol(file.getId(), cohortId, entryDate);
            Messages.addGlobalInfo("learner.enrolled");
            cohortId = null;
            changed();
        } catch (ConflictException e) {
            Messages.addGlobalError("learner.enrolConflict", e.getMessage());
        }
    }

    public void exit() {
        file.show("enrolments");
        try {
            enrolments.exit(exitingId, exitDate, exitReason);
            Messages.addGlobalInfo("learner.exited");
            exitingId = null;
            exitReason = null;
            changed();
        } catch (ConflictException e) {
            Messages.addGlobalError("enrolment.exitBeforeEntry");
        }
    }

    /** The enrolments changed (here or in the sheet form): read them, and the person, again. */
    void changed() {
        list = null;
        file.refresh();
    }

    /** The cohorts of the person's site that have not ended more than a month ago. */
    public List<Cohort> getCohortChoices() {
        return file.getLearner() == null ? List.of() : programmes.currentCohorts(file.getLearner().getSite().getId());
    }

    public List<Enrolment> getOpenEnrolments() {
        return getEnrolments().stream().filter(Enrolment::isOpen).toList();
    }

    public ExitReason[] getExitReasons() { return ExitReason.values(); }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
    public Long getExitingId() { return exitingId; }
    public void setExitingId(Long exitingId) { this.exitingId = exitingId; }
    public LocalDate getExitDate() { return exitDate; }
    public void setExitDate(LocalDate exitDate) { this.exitDate = exitDate; }
    public ExitReason getExitReason() { return exitReason; }
    public void setExitReason(ExitReason exitReason) { this.exitReason = exitReason; }
}
