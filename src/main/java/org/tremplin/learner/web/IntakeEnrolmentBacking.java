package org.tremplin.learner.web;

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
import org.tremplin.learner.application.IntakeService.ConsentAnswer;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;

/**
 * The last two steps of the intake (learners/intake/step3 and step4): the person's consents and the cohort they
 * enter. The intake's bean reads them when the record is stored.
 */
@Named
@ViewScoped
public class IntakeEnrolmentBacking implements Serializable {

    @Inject
    ProgrammeService programmes;

    @Inject
    IntakeBacking intake;

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

    /** Only what the person agreed to is recorded; a box left unticked was not given (never asked). */
    List<ConsentAnswer> answers() {
        List<ConsentAnswer> answers = new ArrayList<>();
        consents.forEach((purpose, given) -> {
            if (Boolean.TRUE.equals(given)) {
                answers.add(new ConsentAnswer(purpose, true));
            }
        });
        return answers;
    }

    /** The cohorts of the chosen site that have not ended. */
    public List<Cohort> getCohorts() {
        Long siteId = intake.getSiteId();
        return siteId == null ? List.of() : programmes.cohortsOf(siteId, LocalDate.now());
    }

    public ConsentMethod[] getConsentMethods() { return ConsentMethod.values(); }
    public ConsentPurpose[] getPurposes() { return ConsentPurpose.values(); }
    public Map<ConsentPurpose, Boolean> getConsents() { return consents; }
    public ConsentMethod getConsentMethod() { return consentMethod; }
    public void setConsentMethod(ConsentMethod consentMethod) { this.consentMethod = consentMethod; }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
}
