package org.tremplin.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Pages;
import org.tremplin.training.application.AssessmentService.GroupAssessment;
import org.tremplin.training.application.AssessmentService;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.TrainingSession;

/**
 * training/assess-group.xhtml: a session's group assessed in one grid, a learner per row and a competence per
 * column (the session's own preselected, others added), saved once.
 */
@Named
@ViewScoped
public class GroupAssessBacking implements Serializable {

    @Inject
    AttendanceService attendance;

    @Inject
    AssessmentService assessments;

    private Long id;
    private TrainingSession session;
    private List<Learner> members;
    private Map<String, Competence> competences;
    private final List<String> codes = new ArrayList<>();
    private String added;
    private AssessmentKind kind = AssessmentKind.INTERMEDIATE;
    private AssessmentMethod method = AssessmentMethod.TRAINER;
    /** learner id → competence code → level (null: not assessed). */
    private final Map<Long, Map<String, Integer>> levels = new HashMap<>();

    public void load() {
        Pages.load(() -> {
            AttendanceService.Register register = attendance.register(id);
            session = register.session();
            members = register.members();
            competences = new LinkedHashMap<>();
            assessments.competences().forEach(c -> competences.put(c.getCode(), c));
            session.getCompetenceList().forEach(c -> codes.add(c.getCode()));
            members.forEach(l -> levels.put(l.getId(), new HashMap<>()));
        });
    }

    /** Adds the competence chosen in the "add" list as one more column. */
    public void addCompetence() {
        if (added != null && competences.containsKey(added) && !codes.contains(added)) {
            codes.add(added);
        }
        added = null;
    }

    public String save() {
        try {
            int count = assessments.recordGroup(id, new GroupAssessment(kind, method, levels));
            Messages.addGlobalInfo("groupAssessment.saved", count, members.size());
            Faces.getFlash().setKeepMessages(true);
            return "/training/register?faces-redirect=true&id=" + id;
        } catch (ConflictException e) {
            Messages.addGlobalError("levels".equals(e.getField()) ? "groupAssessment.nothing"
                    : "date".equals(e.getField()) ? "groupAssessment.notYet" : "assessment.notSaved");
            return null;
        }
    }

    /** The competences not yet in the grid, for the "add" list. */
    public List<Competence> getAddable() {
        return competences.values().stream().filter(c -> !codes.contains(c.getCode())).toList();
    }

    public Competence competence(String code) {
        return competences.get(code);
    }

    /** A group is assessed when its attendance may be taken: on the session's day or after, never cancelled. */
    public boolean isAssessable() { return session.takesAttendanceOn(LocalDate.now()); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TrainingSession getSession() { return session; }
    public List<Learner> getMembers() { return members; }
    public List<String> getCodes() { return codes; }
    public Map<Long, Map<String, Integer>> getLevels() { return levels; }
    public String getAdded() { return added; }
    public void setAdded(String added) { this.added = added; }
    public AssessmentKind getKind() { return kind; }
    public void setKind(AssessmentKind kind) { this.kind = kind; }
    public AssessmentMethod getMethod() { return method; }
    public void setMethod(AssessmentMethod method) { this.method = method; }
}
