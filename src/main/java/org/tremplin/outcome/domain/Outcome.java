package org.tremplin.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * A learner's situation observed after leaving a cohort, at exit or six months later: one of each per
 * closed enrolment. It knows whether it is a positive outcome and which ESF+ result indicators it feeds.
 */
@Entity
@Table(name = "outcome")
public class Outcome extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Learner learner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private OutcomeTiming timing;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(name = "job_searching", nullable = false)
    private boolean jobSearching;

    @Column(name = "in_education", nullable = false)
    private boolean inEducationOrTraining;

    @Column(name = "gained_qualification", nullable = false)
    private boolean gainedQualification;

    @Column(nullable = false)
    private boolean employed;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", length = 24)
    private ContractType contractType;

    @Column(name = "better_situation", nullable = false)
    private boolean betterSituation;

    @Column(nullable = false)
    private boolean inactive;

    @Column(name = "situation_unknown", nullable = false)
    private boolean situationUnknown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OutcomeSource source;

    @Size(max = 500)
    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Outcome() {
    }

    /** Records what was observed for a closed enrolment; refuses anything {@link #problems} finds. */
    public Outcome(Enrolment enrolment, OutcomeTiming timing, Situation situation, LocalDate observedOn,
            OutcomeSource source, String note, String recordedBy, LocalDate today) {
        this.enrolment = enrolment;
        this.learner = enrolment.getLearner();
        this.timing = timing;
        correct(situation, observedOn, source, note, recordedBy, today);
    }

    /** Replaces the observation (a correction, or the survey's answer after a first declaration). */
    public void correct(Situation situation, LocalDate observedOn, OutcomeSource source, String note,
            String recordedBy, LocalDate today) {
        List<OutcomeProblem> problems = problems(enrolment, timing, situation, observedOn, source, today);
        for (OutcomeProblem p : problems) {
            if (!p.fromStoredState()) {
                throw new InvalidValueException(p.field(), p.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConflictException(problems.get(0).field(), problems.get(0).message());
        }
        this.observedOn = observedOn;
        this.jobSearching = situation.jobSearching();
        this.inEducationOrTraining = situation.inEducationOrTraining();
        this.gainedQualification = situation.gainedQualification();
        this.employed = situation.employed();
        this.contractType = situation.contractType();
        this.betterSituation = situation.betterSituation();
        this.inactive = situation.inactive();
        this.situationUnknown = situation.unknown();
        this.source = source;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    /** Every problem of an observation for an enrolment, so that a form can show them all at once. */
    public static List<OutcomeProblem> problems(Enrolment enrolment, OutcomeTiming timing, Situation situation,
            LocalDate observedOn, OutcomeSource source, LocalDate today) {
        List<OutcomeProblem> problems = new ArrayList<>();
        if (enrolment.getExitDate() == null) {
            problems.add(OutcomeProblem.STILL_ENROLLED);
        }
        if (observedOn == null) {
            problems.add(OutcomeProblem.DATE_MISSING);
        } else if (observedOn.isAfter(today)) {
            problems.add(OutcomeProblem.DATE_IN_FUTURE);
        } else if (enrolment.getExitDate() != null && !timing.accepts(enrolment.getExitDate(), observedOn)) {
            problems.add(OutcomeProblem.DATE_OUTSIDE_WINDOW);
        }
        if (source == null) {
            problems.add(OutcomeProblem.SOURCE_MISSING);
        }
        problems.addAll(situation.problems(timing));
        return problems;
    }

    public Situation getSituation() {
        return new Situation(jobSearching, inEducationOrTraining, gainedQualification, employed, contractType,
                betterSituation, inactive, situationUnknown);
    }

    /**
     * A positive outcome: a job, education or training, a qualification, a better situation, or, for
     * someone inactive at entry (the sheet at entry, not the record as it is now), looking for work.
     */
    public boolean isPositive() {
        return employed || inEducationOrTraining || gainedQualification || betterSituation
                || jobSearching && enrolment.getEntrySituation().getLabourStatus() == LabourStatus.INACTIVE;
    }

    /** The ESF+ result indicators this observation counts in (EECR01–04 at exit, EECR05–06 at six months). */
    public Set<EsfIndicator> indicators() {
        Situation situation = getSituation();
        Set<EsfIndicator> feeds = new TreeSet<>();
        for (EsfIndicator indicator : EsfIndicator.results()) {
            if (indicator.counts(timing, situation)) {
                feeds.add(indicator);
            }
        }
        return feeds;
    }

    public Enrolment getEnrolment() { return enrolment; }
    public Learner getLearner() { return learner; }
    public OutcomeTiming getTiming() { return timing; }
    public LocalDate getObservedOn() { return observedOn; }
    public boolean isJobSearching() { return jobSearching; }
    public boolean isInEducationOrTraining() { return inEducationOrTraining; }
    public boolean isGainedQualification() { return gainedQualification; }
    public boolean isEmployed() { return employed; }
    public ContractType getContractType() { return contractType; }
    public boolean isBetterSituation() { return betterSituation; }
    public boolean isInactive() { return inactive; }
    public boolean isSituationUnknown() { return situationUnknown; }
    public OutcomeSource getSource() { return source; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
