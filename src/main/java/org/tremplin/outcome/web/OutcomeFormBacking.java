package org.tremplin.outcome.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.application.OutcomeRequest;
import org.tremplin.outcome.application.OutcomeService;
import org.tremplin.outcome.domain.ContractType;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeProblem;
import org.tremplin.outcome.domain.OutcomeSource;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.Situation;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Pages;

/** Records (or corrects) what became of a learner at exit or six months later: one short form. */
@Named
@ViewScoped
public class OutcomeFormBacking implements Serializable {

    @Inject
    OutcomeService outcomes;

    @Inject
    EnrolmentService enrolments;

    private Long enrolmentId;
    private OutcomeTiming timing;
    private Enrolment enrolment;
    private Long outcomeId;
    private Long version;

    private LocalDate observedOn;
    private boolean jobSearching;
    private boolean inEducationOrTraining;
    private boolean gainedQualification;
    private boolean employed;
    private ContractType contractType;
    private boolean betterSituation;
    private boolean inactive;
    private boolean unknown;
    private OutcomeSource source;
    private String note;

    public void load() {
        if (enrolmentId == null || timing == null) {
            Pages.notFound();
            return;
        }
        try {
            enrolment = enrolments.get(enrolmentId);
            outcomes.of(enrolmentId, timing).ifPresentOrElse(this::fill, () -> observedOn = defaultDate());
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private LocalDate defaultDate() {
        if (enrolment.getExitDate() == null) {
            return null;
        }
        LocalDate today = LocalDate.now();
        LocalDate end = timing.windowEnd(enrolment.getExitDate());
        return today.isAfter(end) ? end : today;
    }

    private void fill(Outcome o) {
        outcomeId = o.getId();
        version = o.getVersion();
        observedOn = o.getObservedOn();
        Situation s = o.getSituation();
        jobSearching = s.jobSearching();
        inEducationOrTraining = s.inEducationOrTraining();
        gainedQualification = s.gainedQualification();
        employed = s.employed();
        contractType = s.contractType();
        betterSituation = s.betterSituation();
        inactive = s.inactive();
        unknown = s.unknown();
        source = o.getSource();
        note = o.getNote();
    }

    public String save() {
        Situation situation = new Situation(jobSearching, inEducationOrTraining, gainedQualification, employed,
                employed ? contractType : null, timing == OutcomeTiming.SIX_MONTHS && betterSituation, inactive, unknown);
        List<OutcomeProblem> problems = Outcome.problems(enrolment, timing, situation, observedOn, source, LocalDate.now());
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addGlobalError("outcome.problem." + p.name()));
            return null;
        }
        OutcomeRequest request = new OutcomeRequest(enrolment.getLearner().getId(), enrolmentId, timing, observedOn,
                situation, source, note);
        try {
            if (outcomeId == null) {
                outcomes.record(request);
            } else {
                outcomes.correct(outcomeId, request, version);
            }
        } catch (ConflictException | OptimisticLockException e) {
            Messages.addGlobalError("general.conflict");
            return null;
        }
        Messages.addGlobalInfo("outcome.saved");
        Faces.getFlash().setKeepMessages(true);
        return "/learners/view?faces-redirect=true&id=" + enrolment.getLearner().getId() + "&tab=1";
    }

    public LocalDate getWindowStart() {
        return enrolment.getExitDate() == null ? null : timing.windowStart(enrolment.getExitDate());
    }

    public LocalDate getWindowEnd() {
        return enrolment.getExitDate() == null ? null : timing.windowEnd(enrolment.getExitDate());
    }

    public boolean isSixMonths() {
        return timing == OutcomeTiming.SIX_MONTHS;
    }

    public ContractType[] getContractTypes() { return ContractType.values(); }
    public OutcomeSource[] getSources() { return OutcomeSource.values(); }
    public Enrolment getEnrolment() { return enrolment; }
    public boolean isCorrecting() { return outcomeId != null; }
    public Long getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(Long enrolmentId) { this.enrolmentId = enrolmentId; }
    public OutcomeTiming getTiming() { return timing; }
    public void setTiming(OutcomeTiming timing) { this.timing = timing; }
    public LocalDate getObservedOn() { return observedOn; }
    public void setObservedOn(LocalDate observedOn) { this.observedOn = observedOn; }
    public boolean isJobSearching() { return jobSearching; }
    public void setJobSearching(boolean jobSearching) { this.jobSearching = jobSearching; }
    public boolean isInEducationOrTraining() { return inEducationOrTraining; }
    public void setInEducationOrTraining(boolean v) { this.inEducationOrTraining = v; }
    public boolean isGainedQualification() { return gainedQualification; }
    public void setGainedQualification(boolean gainedQualification) { this.gainedQualification = gainedQualification; }
    public boolean isEmployed() { return employed; }
    public void setEmployed(boolean employed) { this.employed = employed; }
    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType contractType) { this.contractType = contractType; }
    public boolean isBetterSituation() { return betterSituation; }
    public void setBetterSituation(boolean betterSituation) { this.betterSituation = betterSituation; }
    public boolean isInactive() { return inactive; }
    public void setInactive(boolean inactive) { this.inactive = inactive; }
    public boolean isUnknown() { return unknown; }
    public void setUnknown(boolean unknown) { this.unknown = unknown; }
    public OutcomeSource getSource() { return source; }
    public void setSource(OutcomeSource source) { this.source = source; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
