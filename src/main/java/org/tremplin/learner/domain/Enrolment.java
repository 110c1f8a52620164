package org.tremplin.learner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
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
import org.tremplin.shared.domain.InvalidValueException;

/** A learner in a cohort, from entry (first action) to exit (last action). */
@Entity
@Table(name = "enrolment")
@SecondaryTable(name = Enrolment.ENTRY_SHEET, pkJoinColumns = @PrimaryKeyJoinColumn(name = "enrolment_id"))
public class Enrolment extends BaseEntity {

    /** The table of the participant sheet at entry, one row per enrolment. */
    public static final String ENTRY_SHEET = "enrolment_entry_sheet";


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

    /** The participant sheet at entry: the learner's situation when they entered (see {@link EntrySituation}). */
    @Embedded
    private EntrySituation entrySituation;

    /** Set once a coordinator corrected the sheet explicitly: it then no longer follows the learner's record. */
    @Column(table = ENTRY_SHEET, name = "corrected", nullable = false)
    private boolean entrySheetCorrected;

    protected Enrolment() {
    }

    public Enrolment(Learner learner, Cohort cohort, LocalDate entryDate) {
        if (entryDate == null) {
            throw new InvalidValueException("entryDate", "An enrolment needs an entry date.");
        }
        if (cohort.getEndDate() != null && entryDate.isAfter(cohort.getEndDate())) {
            throw new ConflictException("entryDate", "The entry date is after the end of the cohort.");
        }
        this.learner = learner;
        this.cohort = cohort;
        this.entryDate = entryDate;
        this.entrySituation = EntrySituation.of(learner);
    }

    /** A re-entry into the same programme keeps the sheet of the first entry. */
    public void keepEntrySheetOf(Enrolment first) {
        entrySituation = first.entrySituation;
        entrySheetCorrected = first.entrySheetCorrected;
    }

    /**
     * The learner's record changed: until the day of the entry (the intake being completed after enrolling,
     * an enrolment ahead) the sheet follows it, unless it was corrected. Whether it changed.
     */
    public boolean followRecord(Learner record, LocalDate today) {
        EntrySituation now = EntrySituation.of(record);
        if (entrySheetCorrected || entryDate.isBefore(today) || now.equals(entrySituation)) {
            return false;
        }
        entrySituation = now;
        return true;
    }

    /** A coordinator corrects the sheet (audited with a reason by the service); it stops following the record. */
    public void correctEntrySheet(EntrySituation corrected) {
        if (corrected == null) {
            throw new InvalidValueException("entrySituation", "The corrected sheet is missing.");
        }
        entrySituation = corrected;
        entrySheetCorrected = true;
    }

    public EntrySituation getEntrySituation() { return entrySituation; }
    public boolean isEntrySheetCorrected() { return entrySheetCorrected; }

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
            throw new InvalidValueException(date == null ? "exitDate" : "exitReason", "An exit needs a date and a reason.");
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
