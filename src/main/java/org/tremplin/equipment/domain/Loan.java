package org.tremplin.equipment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.FreeText;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * An item lent to a learner, from hand-over to return (or loss). While open it holds its item's id
 * in {@code open_item_id}, a unique column: the database refuses a second open loan of one item
 * even if two requests pass every check in Java at the same time.
 */
@Entity
@Table(name = "loan")
public class Loan extends BaseEntity {

    static final int NOTES_MAX = 1000;
    static final int ACCESSORIES_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false, updatable = false)
    private Equipment equipment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Learner learner;

    @Column(name = "out_date", nullable = false)
    private LocalDate outDate;

    @Column(name = "out_by", nullable = false, length = 40)
    private String outBy;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "agreement_signed", nullable = false)
    private boolean agreementSigned;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_out", nullable = false, length = 16)
    private EquipmentCondition conditionOut;

    @Column(length = ACCESSORIES_MAX)
    private String accessories;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private LoanClosure closure;

    @Column(name = "returned_date")
    private LocalDate returnedDate;

    @Column(name = "returned_by", length = 40)
    private String returnedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_in", length = 16)
    private EquipmentCondition conditionIn;

    @Column(name = "data_wiped")
    private Boolean dataWiped;

    @Column(name = "damage_notes", length = NOTES_MAX)
    private String damageNotes;

    @Column(name = "open_item_id", unique = true)
    private Long openItemId;

    /** At return: the accessories handed over that did not come back, as on the receipt's checklist. */
    @Column(name = "missing_accessories", length = ACCESSORIES_MAX)
    private String missingAccessories;

    /** The borrower was last reminded by hand on that day ("send a reminder now"), and how many times. */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    /** What a check-in says: the accessories missing among those handed over, and a damaged item's fate (null: the rule). */
    public record Return(LocalDate date, EquipmentCondition conditionIn, boolean dataWiped, String damageNotes,
            List<String> missing, Boolean toRepair) {
    }

    protected Loan() {
    }

    Loan(Equipment equipment, Learner learner, LocalDate outDate, LocalDate dueDate, EquipmentCondition conditionOut,
            String accessories, boolean agreementSigned, String by) {
        if (learner == null) {
            throw new InvalidValueException("learnerId", "Choose the learner who borrows the item.");
        }
        if (outDate == null || outDate.isAfter(LocalDate.now())) {
            throw new InvalidValueException("outDate", "The hand-over date is required and cannot be in the future.");
        }
        this.equipment = equipment;
        this.learner = learner;
        this.outDate = outDate;
        this.conditionOut = conditionOut;
        this.accessories = FreeText.optional(accessories, ACCESSORIES_MAX, "accessories");
        this.agreementSigned = agreementSigned;
        this.outBy = by;
        this.openItemId = equipment.getId();
        extend(dueDate);
    }

    /** A new due date (the cohort was extended, say); never before the hand-over. */
    public void extend(LocalDate newDueDate) {
        requireOpen("dueDate");
        if (newDueDate == null) {
            throw new InvalidValueException("dueDate", "The due date is required.");
        }
        if (newDueDate.isBefore(outDate)) {
            throw new ConflictException("dueDate", "The due date is before the hand-over date.");
        }
        this.dueDate = newDueDate;
    }

    /** The paper agreement came back signed. */
    public void recordSignature() {
        agreementSigned = true;
    }

    void close(Return r, String by) {
        LocalDate date = r.date();
        EquipmentCondition conditionIn = r.conditionIn();
        requireOpen("loanId");
        List<String> handedOver = accessoryList();
        List<String> missingOnes = new java.util.ArrayList<>();
        for (String missing : r.missing()) { // as written on the agreement
            missingOnes.add(handedOver.stream().filter(a -> a.equalsIgnoreCase(missing.strip())).findFirst()
                    .orElseThrow(() -> new InvalidValueException("missingAccessories",
                            "\"" + missing + "\" was not handed over with the item.")));
        }
        if (date == null || date.isAfter(LocalDate.now())) {
            throw new InvalidValueException("returnedDate", "The return date is required and cannot be in the future.");
        }
        if (date.isBefore(outDate)) {
            throw new ConflictException("returnedDate", "The return date must be between the hand-over date and today.");
        }
        if (conditionIn == null) {
            throw new InvalidValueException("conditionIn", "Note the condition the item came back in.");
        }
        this.returnedDate = date;
        this.conditionIn = conditionIn;
        this.dataWiped = r.dataWiped();
        this.damageNotes = FreeText.optional(r.damageNotes(), NOTES_MAX, "damageNotes");
        this.missingAccessories = missingOnes.isEmpty() ? null : String.join(", ", missingOnes.stream().distinct().toList());
        this.returnedBy = by;
        this.closure = LoanClosure.RETURNED;
        this.openItemId = null;
    }

    void closeAsLost() {
        requireOpen("loanId");
        this.closure = LoanClosure.LOST;
        this.openItemId = null;
    }

    private void requireOpen(String field) {
        if (!isOpen()) {
            throw new ConflictException(field, "This loan is already closed.");
        }
    }

    public boolean isOpen() {
        return closure == null;
    }

    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueDate.isBefore(today);
    }

    /** Days past the due date on that day; 0 when not overdue. */
    public long daysLateOn(LocalDate today) {
        return isOverdueOn(today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    /** The borrower was reminded now, by hand, to bring the item back. */
    public void reminded(LocalDate on) {
        requireOpen("loanId");
        remindedOn = on;
        remindersSent++;
    }

    /** The accessories handed over, one by one ("chargeur, housse" gives two). */
    public List<String> accessoryList() {
        return split(accessories);
    }

    /** The accessories that did not come back. */
    public List<String> missingList() {
        return split(missingAccessories);
    }

    /** Those that came back: handed over and not missing. */
    public List<String> returnedList() {
        List<String> missing = missingList();
        return accessoryList().stream().filter(a -> missing.stream().noneMatch(a::equalsIgnoreCase)).toList();
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split("[,;]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** Came back damaged, or with the borrower's data still on it. */
    public boolean needsRepair() {
        return conditionIn == EquipmentCondition.DAMAGED || Boolean.FALSE.equals(dataWiped);
    }

    public Equipment getEquipment() { return equipment; }
    public Learner getLearner() { return learner; }
    public LocalDate getOutDate() { return outDate; }
    public String getOutBy() { return outBy; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isAgreementSigned() { return agreementSigned; }
    public EquipmentCondition getConditionOut() { return conditionOut; }
    public String getAccessories() { return accessories; }
    public LoanClosure getClosure() { return closure; }
    public LocalDate getReturnedDate() { return returnedDate; }
    public String getReturnedBy() { return returnedBy; }
    public EquipmentCondition getConditionIn() { return conditionIn; }
    public Boolean getDataWiped() { return dataWiped; }
    public String getDamageNotes() { return damageNotes; }
    public String getMissingAccessories() { return missingAccessories; }
    public LocalDate getRemindedOn() { return remindedOn; }
    public int getRemindersSent() { return remindersSent; }
}
