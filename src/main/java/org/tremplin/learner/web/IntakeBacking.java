package org.tremplin.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.learner.application.AccompanimentService;
import org.tremplin.learner.application.IntakeService;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.domain.AgeBand;
import org.tremplin.learner.domain.DiplomaLevel;
import org.tremplin.learner.domain.Gender;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerRules;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Pages;

/**
 * learners/intake.xhtml: the intake desk in five steps (identity, contact, situation at entry,
 * consents, enrolment), or the first three to correct an existing record ({@code ?id=}). A draft
 * can be saved at any step once the names and the site are known.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    static final int IDENTITY = 0;
    static final int CONTACT = 1;
    static final int SITUATION = 2;
    static final int CONSENTS = 3;
    static final int ENROLMENT = 4;

    @Inject
    LearnerService learners;

    @Inject
    IntakeService intake;

    @Inject
    Validator validator;

    @Inject
    ProgrammeService programmes;

    @Inject
    AccompanimentService accompaniments;

    @Inject
    IntakeEnrolmentBacking enrolment;

    private Long id;
    /** The one-off accompaniment this intake follows ({@code ?accompaniment=}), if any. */
    private Long accompanimentId;
    private Learner learner;
    private Long siteId;
    private int step;
    private List<Learner> duplicates = List.of();
    private boolean distinctPerson;

    /** View action: a new record, or the one to correct. */
    public void load() {
        if (learner != null) {
            return;
        }
        if (id == null && accompanimentId != null) {
            Pages.load(() -> { // the person helped once comes back: their first name and site carry over
                Accompaniment a = accompaniments.get(accompanimentId);
                learner = new Learner(a.getFirstName(), null, null);
                siteId = a.getSite().getId();
            });
        } else if (id == null) {
            learner = new Learner(null, null, null);
            List<Site> sites = getSites();
            siteId = sites.size() == 1 ? sites.get(0).getId() : null;
        } else {
            Pages.load(() -> { // another site's record answers 404, as an unknown one
                learner = learners.get(id);
                siteId = learner.getSite().getId();
            });
        }
    }

    public void next() {
        if (step == IDENTITY && !checkDuplicates() || step == SITUATION && !followsTheRules()) {
            return;
        }
        step = Math.min(step + 1, getLastStep());
    }

    /**
     * The rules between fields that the entity holds (LearnerRules), each shown on its field in the page's
     * language; the service would refuse the record otherwise.
     */
    boolean followsTheRules() {
        // the fields' own constraints are the inputs' (Faces validates them); these span several fields
        List<ConstraintViolation<Learner>> broken = validator.validate(learner).stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof LearnerRules).toList();
        for (ConstraintViolation<Learner> v : broken) {
            String key = v.getMessageTemplate().replaceAll("^\\{|\\}$", "");
            Messages.addError("intake:" + v.getPropertyPath(), key);
        }
        return broken.isEmpty();
    }

    public void back() {
        step = Math.max(step - 1, 0);
    }

    /** A probable second record stops the intake until the user says it is another person. */
    boolean checkDuplicates() {
        duplicates = learners.sameIdentity(learner.getFirstName(), learner.getLastName(), learner.getBirthDate(), id);
        if (!duplicates.isEmpty() && !distinctPerson) {
            Messages.addGlobalWarn("intake.duplicate");
            return false;
        }
        return true;
    }

    public String saveDraft() {
        return store(false);
    }

    public String finish() {
        return store(true);
    }

    private String store(boolean complete) {
        if (!checkDuplicates()) {
            step = IDENTITY;
            return null;
        }
        if (!followsTheRules()) {
            step = SITUATION;
            return null;
        }
        learner.setSite(programmes.site(siteId));
        try {
            Learner stored;
            if (learner.isNew() && (complete || accompanimentId != null)) {
                // a draft that follows a one-off accompaniment links it too, in the same transaction (no consent, no cohort)
                stored = intake.register(learner, complete ? enrolment.answers() : List.of(), enrolment.getConsentMethod(),
                        LocalDate.now(), complete ? enrolment.getCohortId() : null, enrolment.getEntryDate(), accompanimentId);
            } else {
                stored = learners.save(learner);
            }
            Messages.addGlobalInfo(complete ? "intake.saved" : "intake.draftSaved");
            Faces.getFlash().setKeepMessages(true);
            return "/learners/view?faces-redirect=true&id=" + stored.getId();
        } catch (ConflictException e) {
            Messages.addGlobalError("learner.enrolConflict", e.getMessage());
            return null;
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public int getLastStep() {
        return isEditing() ? SITUATION : ENROLMENT;
    }

    /** The age band and long-term unemployment on the entry day chosen in the enrolment step (today until then). */
    public AgeBand getAgeBand() {
        return learner.ageBandOn(enrolment.getEntryDate());
    }

    public boolean isLongTermUnemployed() {
        return learner.isLongTermUnemployedOn(enrolment.getEntryDate());
    }

    public List<Site> getSites() {
        return programmes.sites();
    }

    public Gender[] getGenders() { return Gender.values(); }
    public LabourStatus[] getLabourStatuses() { return LabourStatus.values(); }
    public DiplomaLevel[] getDiplomaLevels() { return DiplomaLevel.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAccompanimentId() { return accompanimentId; }
    public void setAccompanimentId(Long accompanimentId) { this.accompanimentId = accompanimentId; }
    public Learner getLearner() { return learner; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public int getStep() { return step; }
    public List<Learner> getDuplicates() { return duplicates; }
    public boolean isDistinctPerson() { return distinctPerson; }
    public void setDistinctPerson(boolean distinctPerson) { this.distinctPerson = distinctPerson; }
}
