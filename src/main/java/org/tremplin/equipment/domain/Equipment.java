package org.tremplin.equipment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;

/**
 * An item of the inventory. It knows which actions its status allows and keeps its own history:
 * every lend, return, repair, loss or retirement goes through a method here that checks the action,
 * changes the status and appends an {@link EquipmentEvent} with who and when.
 */
@Entity
@Table(name = "equipment")
public class Equipment extends BaseEntity {

    @NotNull
    @Size(min = 1, max = 40)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "{tremplin.assetTag}")
    @Column(name = "asset_tag", nullable = false, unique = true, length = 40)
    private String assetTag;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EquipmentType type;

    @Size(max = 80)
    private String make;

    @Size(max = 80)
    private String model;

    @Size(max = 80)
    @Column(name = "serial_number", unique = true, length = 80)
    private String serialNumber;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EquipmentStatus status = EquipmentStatus.AVAILABLE;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition", nullable = false, length = 16)
    private EquipmentCondition condition = EquipmentCondition.GOOD;

    @Size(max = 500)
    private String notes;

    /** What it would cost to replace the item (euros), printed on the loan agreement. */
    @DecimalMin(value = "0.00", message = "{tremplin.replacementValue}")
    @DecimalMax(value = "9999999.99", message = "{tremplin.replacementValue}")
    @Digits(integer = 7, fraction = 2, message = "{tremplin.replacementValue}")
    @Column(name = "replacement_value", precision = 9, scale = 2)
    private BigDecimal replacementValue;

    /** The accessories that go with the item ("chargeur, housse"): proposed when it is lent, checked at return. */
    @Size(max = 500)
    private String accessories;

    /** Written to only: the history is read by a query (EquipmentRepository#history). */
    @OneToMany(mappedBy = "equipment", cascade = CascadeType.PERSIST)
    private List<EquipmentEvent> events = new ArrayList<>();

    protected Equipment() {
    }

    public Equipment(String assetTag, EquipmentType type, Site site) {
        setAssetTag(assetTag);
        this.type = type;
        this.site = site;
    }

    /** Creation is the first line of the history. */
    public void created(String by) {
        record(EquipmentAction.CREATED, by, null, null);
    }

    public Set<EquipmentAction> allowedActions() {
        return status.allowed();
    }

    public boolean allows(EquipmentAction action) {
        return status.allowed().contains(action);
    }

    public boolean isAvailable() {
        return status == EquipmentStatus.AVAILABLE;
    }

    /** Check-out: the item must be available; it goes out in the condition noted. */
    public Loan lend(Learner learner, LocalDate outDate, LocalDate dueDate, EquipmentCondition conditionOut,
            String accessories, boolean agreementSigned, String by) {
        require(EquipmentAction.LENT, "equipmentId");
        Loan loan = new Loan(this, learner, outDate, dueDate, conditionOut == null ? condition : conditionOut,
                accessories, agreementSigned, by);
        status = EquipmentStatus.ON_LOAN;
        condition = loan.getConditionOut();
        record(EquipmentAction.LENT, by, null, loan);
        return loan;
    }

    /**
     * Check-in: the loan closes; the item is available again only when it came back in working
     * order with the borrower's data wiped, otherwise it goes to repair (wiping included).
     */
    public void giveBack(Loan loan, LocalDate date, EquipmentCondition conditionIn, boolean dataWiped,
            String damageNotes, String by) {
        giveBack(loan, new Loan.Return(date, conditionIn, dataWiped, damageNotes, java.util.List.of(), null), by);
    }

    /**
     * Check-in with the accessories that did not come back and the coordinator's choice for a damaged item:
     * to repair ({@code toRepair} true, the default when damaged) or back to available (false: a scratch, say).
     * An item with the borrower's data still on it goes to repair whatever the choice.
     */
    public void giveBack(Loan loan, Loan.Return r, String by) {
        require(EquipmentAction.RETURNED, "loanId");
        loan.close(r, by);
        condition = r.conditionIn();
        boolean repair = Boolean.FALSE.equals(loan.getDataWiped())
                || (r.toRepair() != null ? r.toRepair() : loan.needsRepair());
        status = repair ? EquipmentStatus.IN_REPAIR : EquipmentStatus.AVAILABLE;
        record(EquipmentAction.RETURNED, by, loan.getDamageNotes(), loan);
    }

    /**
     * The actions taken from the item page: to repair, repair done, lost or stolen (closing the
     * open loan if any), found again (back through repair, to be checked and wiped), retired.
     */
    public void apply(EquipmentAction action, Loan openLoan, String note, String by) {
        if (action == null || !action.isDirect()) {
            throw new InvalidValueException("action", "Choose one of: to repair, repaired, lost, found, retired.");
        }
        require(action, "action");
        switch (action) {
            case TO_REPAIR, FOUND -> status = EquipmentStatus.IN_REPAIR;
            case REPAIRED -> {
                status = EquipmentStatus.AVAILABLE;
                if (condition == EquipmentCondition.DAMAGED) {
                    condition = EquipmentCondition.FAIR;
                }
            }
            case LOST -> {
                if (openLoan != null) {
                    openLoan.closeAsLost();
                }
                status = EquipmentStatus.LOST;
            }
            case RETIRED -> status = EquipmentStatus.RETIRED;
            default -> throw new IllegalStateException(action.name());
        }
        record(action, by, note, action == EquipmentAction.LOST ? openLoan : null);
    }

    private void require(EquipmentAction action, String field) {
        if (!allows(action)) {
            throw new ConflictException(field, "Item " + assetTag + " is " + status.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ": it cannot be " + verb(action) + " now.");
        }
    }

    private static String verb(EquipmentAction action) {
        return switch (action) {
            case LENT -> "lent";
            case RETURNED -> "given back";
            case TO_REPAIR -> "sent to repair";
            case REPAIRED -> "marked repaired";
            case LOST -> "declared lost";
            case FOUND -> "declared found";
            case RETIRED -> "retired";
            case CREATED -> "created";
        };
    }

    private void record(EquipmentAction action, String by, String note, Loan loan) {
        events.add(new EquipmentEvent(this, action, by, note, loan));
    }

    /** Asset tags are compared as typed on a label: trimmed, upper case. */
    public static String normaliseTag(String tag) {
        return tag == null ? null : tag.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getAssetTag() { return assetTag; }
    public void setAssetTag(String assetTag) { this.assetTag = normaliseTag(assetTag); }
    public EquipmentType getType() { return type; }
    public void setType(EquipmentType type) { this.type = type; }
    public String getMake() { return make; }
    public void setMake(String make) { this.make = blankToNull(make); }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = blankToNull(model); }
    public String getSerialNumber() { return serialNumber; }
    public void setSerialNumber(String serialNumber) { this.serialNumber = blankToNull(serialNumber); }
    public Site getSite() { return site; }
    public void setSite(Site site) { this.site = site; }
    public EquipmentStatus getStatus() { return status; }
    public EquipmentCondition getCondition() { return condition; }
    public void setCondition(EquipmentCondition condition) { this.condition = condition; }
    public String getNotes() { return notes; }
    public BigDecimal getReplacementValue() { return replacementValue; }
    public void setReplacementValue(BigDecimal replacementValue) { this.replacementValue = replacementValue; }
    public String getAccessories() { return accessories; }
    public void setAccessories(String accessories) { this.accessories = blankToNull(accessories); }
    public void setNotes(String notes) { this.notes = blankToNull(notes); }

    /** "Lenovo ThinkPad E14", or the type's code when neither is known. */
    public String getLabel() {
        String label = ((make == null ? "" : make) + " " + (model == null ? "" : model)).strip();
        return label.isEmpty() ? type.name() : label;
    }
}
