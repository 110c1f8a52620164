package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.application.ReturnRequest;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.EquipmentStatus;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.infrastructure.PersonMessenger;
import org.tremplin.shared.web.Pages;
import org.tremplin.shared.web.Texts;

/** equipment/loan.xhtml: one loan; its agreement, the signature, a new due date, the give-back and its receipt. */
@Named
@ViewScoped
public class LoanBacking implements Serializable {

    @Inject
    LoanService loans;

    private Long id;
    private Loan loan;
    private LocalDate dueDate;
    private LocalDate returnedDate = LocalDate.now();
    private EquipmentCondition conditionIn;
    private boolean dataWiped;
    private String damageNotes;
    /** The return checklist: the accessories handed over that the coordinator ticks as back. */
    private List<String> returnedAccessories = new ArrayList<>();
    /** For a damaged item: to repair (ticked when the condition is set to damaged) or back to available. */
    private boolean toRepair;

    public void load() {
        Pages.load(this::refresh);
    }

    private void refresh() {
        loan = loans.get(id);
        dueDate = loan.getDueDate();
    }

    public void giveBack() {
        try {
            List<String> missing = loan.accessoryList().stream().filter(a -> !returnedAccessories.contains(a)).toList();
            loans.giveBack(id, new ReturnRequest(returnedDate, conditionIn, dataWiped, damageNotes, missing,
                    conditionIn == EquipmentCondition.DAMAGED ? toRepair : null));
            refresh();
            Messages.addGlobalInfo(loan.getEquipment().getStatus() == EquipmentStatus.IN_REPAIR ? "loan.returnedToRepair" : "loan.returned",
                    loan.getEquipment().getAssetTag());
            if (!loan.missingList().isEmpty()) {
                Messages.addGlobalWarn("loan.returnedMissing", String.join(", ", loan.missingList()));
            }
        } catch (ConflictException e) {
            if ("returnedDate".equals(e.getField())) {
                Messages.addError("giveBack:returnedDate", "loan.returnDateRange");
            }
            Messages.addGlobalError("loan.notReturned");
        }
    }

    /** The condition at return changed: a damaged item is proposed for repair. */
    public void conditionChosen() {
        toRepair = conditionIn == EquipmentCondition.DAMAGED;
    }

    /** "Send a reminder now" to the borrower, beside the nightly reminders to coordinators. */
    public void remindNow() {
        try {
            PersonMessenger.Delivery d = loans.remindNow(id);
            if (d.channels().isEmpty()) {
                Messages.addGlobalError("loan.reminderFailed");
            } else {
                Messages.addGlobalInfo("loan.reminderSent", Texts.text("SurveyChannels." + d.summary()));
            }
        } catch (ConflictException e) {
            Messages.addGlobalError("loan.reminderNoContact");
        }
        refresh();
    }

    public void markSigned() {
        update(loan.getDueDate(), true);
    }

    public void changeDueDate() {
        update(dueDate, false);
    }

    private void update(LocalDate due, boolean signed) {
        try {
            loans.update(id, loan.getVersion(), due, signed);
            Messages.addGlobalInfo("general.saved");
        } catch (ConflictException e) {
            Messages.addError("due:dueDate", "lend.dueBeforeOut");
        } catch (OptimisticLockException e) {
            Messages.addGlobalError("general.conflict");
        }
        refresh();
    }

    public boolean isOverdue() {
        return loan != null && loan.isOverdueOn(LocalDate.now());
    }

    public EquipmentCondition[] getConditions() { return EquipmentCondition.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Loan getLoan() { return loan; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public LocalDate getReturnedDate() { return returnedDate; }
    public void setReturnedDate(LocalDate returnedDate) { this.returnedDate = returnedDate; }
    public EquipmentCondition getConditionIn() { return conditionIn; }
    public void setConditionIn(EquipmentCondition conditionIn) { this.conditionIn = conditionIn; }
    public boolean isDataWiped() { return dataWiped; }
    public void setDataWiped(boolean dataWiped) { this.dataWiped = dataWiped; }
    public String getDamageNotes() { return damageNotes; }
    public List<String> getReturnedAccessories() { return returnedAccessories; }
    public void setReturnedAccessories(List<String> returnedAccessories) { this.returnedAccessories = returnedAccessories; }
    public boolean isToRepair() { return toRepair; }
    public void setToRepair(boolean toRepair) { this.toRepair = toRepair; }
    public void setDamageNotes(String damageNotes) { this.damageNotes = damageNotes; }
}
