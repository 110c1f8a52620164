package org.tremplin.learner.web;

import org.omnifaces.util.Messages;
import org.omnifaces.util.Faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tremplin.learner.application.AccompanimentService;
import org.tremplin.learner.application.IntakeService;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.application.IntakeService.ConsentAnswer;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.AgeBand;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.DiplomaLevel;
import org.tremplin.learner.domain.Gender;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.LearnerRules;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
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

    private Long id;
    /** The one-off accompaniment this intake follows ({@code ?accompaniment=}), if any. */
    private Long accompanimentId;
    private Learner learner;
    private Long siteId;
    private int step;
    private List<Learner> duplicates = List.of();
    private boolean distinctPerson;
    private final Map<ConsentPurpose, Boolean> consents = new EnumMap<>(ConsentPurpose.class);
    private ConsentMethod consentMethod = ConsentMethod.SIGNED_FORM;
    private Long cohortId;
    private LocalDate entryDate = LocalDate.now();

    @PostConstruct
    void init() {
        for (ConsentPurpose p : ConsentPurpose.values()) {
            consents.put(p, false); // nothing ticked for the person: a consent is an act of theirs (GDPR art. 4(11))
        }
    }

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
                List<ConsentAnswer> answers = new ArrayList<>();
                // only what the person agreed to is recorded; a box left unticked was not given (never asked)
                consents.forEach((purpose, given) -> {
                    if (complete && Boolean.TRUE.equals(given)) {
                        answers.add(new ConsentAnswer(purpose, true));
                    }
                });
                // a draft that follows a one-off accompaniment links it too, in the same transaction
                stored = intake.register(learner, answers, consentMethod, LocalDate.now(), complete ? cohortId : null,
                        entryDate, accompanimentId);
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

    public AgeBand getAgeBand() {
        return learner.ageBandOn(entryDate);
    }

    public boolean isLongTermUnemployed() {
        return learner.isLongTermUnemployedOn(entryDate);
    }

    public List<Site> getSites() {
        return programmes.sites();
    }

    public List<Cohort> getCohorts() {
        return siteId == null ? List.of() : programmes.cohorts(null).stream()
                .filter(c -> c.getSite().getId().equals(siteId))
                .filter(c -> !c.getEndDate().isBefore(LocalDate.now()))
                .toList();
    }

    public Gender[] getGenders() { return Gender.values(); }
    public LabourStatus[] getLabourStatuses() { return LabourStatus.values(); }
    public DiplomaLevel[] getDiplomaLevels() { return DiplomaLevel.values(); }
    public ConsentMethod[] getConsentMethods() { return ConsentMethod.values(); }
    public ConsentPurpose[] getPurposes() { return ConsentPurpose.values(); }
    public Map<ConsentPurpose, Boolean> getConsents() { return consents; }
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
    public ConsentMethod getConsentMethod() { return consentMethod; }
    public void setConsentMethod(ConsentMethod consentMethod) { this.consentMethod = consentMethod; }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
}
