package org.tremplin.learner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;

/** A learner in a cohort, from entry (first action) to exit (last action). */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @NotNull
    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "exit_date")
    private LocalDate exitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 20)
    private ExitReason exitReason;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status = EnrolmentStatus.ENROLLED;

    /** Set only when the learner is anonymised (see {@link #keepAgeAtEntry}). */
    @Column(name = "age_at_entry")
    private Integer ageAtEntry;

    protected Enrolment() {
    }

    public Enrolment(Learner learner, Cohort cohort, LocalDate entryDate) {
        if (entryDate == null) {
            throw new ConflictException("entryDate", "An enrolment needs an entry date.");
        }
        if (cohort.getEndDate() != null && entryDate.isAfter(cohort.getEndDate())) {
            throw new ConflictException("entryDate", "The entry date is after the end of the cohort.");
        }
        this.learner = learner;
        this.cohort = cohort;
        this.entryDate = entryDate;
    }

    /** The learner took part in a first action. */
    public void activate() {
        if (status == EnrolmentStatus.ENROLLED) {
            status = EnrolmentStatus.ACTIVE;
        }
    }

    /** Records the exit; the status follows from the reason. */
    public void exit(LocalDate date, ExitReason reason) {
        if (!status.isOpen()) {
            throw new ConflictException("exitDate", "This enrolment is already closed.");
        }
        if (date == null || reason == null) {
            throw new ConflictException(date == null ? "exitDate" : "exitReason", "An exit needs a date and a reason.");
        }
        if (date.isBefore(entryDate)) {
            throw new ConflictException("exitDate", "The exit date is before the entry date.");
        }
        this.exitDate = date;
        this.exitReason = reason;
        this.status = reason.closingStatus();
    }

    /**
     * Before the birth date goes (anonymisation): keeps the age in whole years on the entry date, so
     * the ESF+ age indicators stay right. Same rule as the report's SQL: the birthday of an age counts
     * as reached when {@code birthDate.plusYears(age)} (29 February → 28) is on or before the day.
     */
    public void keepAgeAtEntry(LocalDate birthDate) {
        if (birthDate != null && ageAtEntry == null) {
            int age = Math.max(0, java.time.Period.between(birthDate, entryDate).getYears());
            // born on 29 February: the clamped birthday (28th) is reached a day before Period counts it
            ageAtEntry = birthDate.plusYears(age + 1).isAfter(entryDate) ? age : age + 1;
        }
    }

    public Integer getAgeAtEntry() { return ageAtEntry; }

    public boolean isOpen() {
        return status.isOpen();
    }

    public Learner getLearner() { return learner; }
    public Cohort getCohort() { return cohort; }
    public LocalDate getEntryDate() { return entryDate; }
    public LocalDate getExitDate() { return exitDate; }
    public ExitReason getExitReason() { return exitReason; }
    public EnrolmentStatus getStatus() { return status; }
}
