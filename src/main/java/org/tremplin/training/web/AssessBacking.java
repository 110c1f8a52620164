package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.web.LearnerFileBacking;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Pages;
import org.tremplin.training.application.AssessmentRequest;
import org.tremplin.training.application.AssessmentService;
import org.tremplin.training.domain.Assessment;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.Competence;

/** training/assess.xhtml: record a DigComp assessment of a learner, a level 1–8 for each competence assessed. */
@Named
@ViewScoped
public class AssessBacking implements Serializable {

    @Inject
    AssessmentService assessments;

    @Inject
    LearnerService learners;

    @Inject
    CurrentUser user;

    private Long learnerId;
    /** Set when the page corrects an assessment rather than records one; with the version read. */
    private Long assessmentId;
    private Long version;
    private Learner learner;
    private LocalDate date = LocalDate.now();
    private AssessmentKind kind;
    private AssessmentMethod method = AssessmentMethod.TRAINER;
    private String note;
    private Map<String, Integer> levels = new HashMap<>();
    private List<Competence> competences;

    public void load() {
        Pages.load(() -> {
            learner = learners.get(learnerId);
            competences = assessments.competences();
            if (assessmentId != null) {
                Assessment a = assessments.get(assessmentId);
                if (!a.getLearner().getId().equals(learnerId)) {
                    throw new NotFoundException("Assessment", assessmentId);
                }
                date = a.getAssessedOn();
                kind = a.getKind();
                method = a.getMethod();
                note = a.getNote();
                levels = new HashMap<>(a.getLevels());
                version = a.getVersion();
                return;
            }
            boolean hasEntry = assessments.ofLearner(learnerId).stream().anyMatch(a -> a.getKind() == AssessmentKind.ENTRY);
            kind = hasEntry ? AssessmentKind.INTERMEDIATE : AssessmentKind.ENTRY;
        });
    }

    public String save() {
        Map<String, Integer> given = new TreeMap<>();
        levels.forEach((code, level) -> {
            if (level != null) {
                given.put(code, level);
            }
        });
        if (given.isEmpty()) {
            Messages.addGlobalError("assessment.noLevel");
            return null;
        }
        try {
            AssessmentRequest request = new AssessmentRequest(learnerId, date, kind, method, given, note);
            if (assessmentId != null) {
                assessments.correct(assessmentId, version, request);
                Messages.addGlobalInfo("assessment.corrected");
            } else {
                assessments.record(request);
                Messages.addGlobalInfo("assessment.saved", given.size());
            }
            Faces.getFlash().setKeepMessages(true);
            // back to the skills tab, where the assessment shows
            return "/learners/view?faces-redirect=true&id=" + learnerId + "&tab="
                    + LearnerFileBacking.tabIndex("skills", user.isSeesSensitive());
        } catch (ConflictException e) {
            Messages.addGlobalError(e.getField() != null && e.getField().equals("date") ? "assessment.error.date" : "assessment.notSaved");
            return null;
        }
    }

    public List<Competence> getCompetences() { return competences; }
    public Learner getLearner() { return learner; }
    public Long getLearnerId() { return learnerId; }
    public Long getAssessmentId() { return assessmentId; }
    public void setAssessmentId(Long assessmentId) { this.assessmentId = assessmentId; }
    public void setLearnerId(Long learnerId) { this.learnerId = learnerId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public AssessmentKind getKind() { return kind; }
    public void setKind(AssessmentKind kind) { this.kind = kind; }
    public AssessmentMethod getMethod() { return method; }
    public void setMethod(AssessmentMethod method) { this.method = method; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Map<String, Integer> getLevels() { return levels; }
}
