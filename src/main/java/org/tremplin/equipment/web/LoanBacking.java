package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.application.ReturnRequest;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Messages;
import org.tremplin.shared.web.Pages;

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

    public void load() {
        Pages.load(this::refresh);
    }

    private void refresh() {
        loan = loans.get(id);
        dueDate = loan.getDueDate();
    }

    public void giveBack() {
        try {
            loans.giveBack(id, new ReturnRequest(returnedDate, conditionIn, dataWiped, damageNotes));
            refresh();
            Messages.info(loan.needsRepair() ? "loan.returnedToRepair" : "loan.returned", loan.getEquipment().getAssetTag());
        } catch (ConflictException e) {
            if ("returnedDate".equals(e.getField())) {
                Messages.errorOn("giveBack:returnedDate", "loan.returnDateRange");
            }
            Messages.error("loan.notReturned");
        }
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
            Messages.info("general.saved");
        } catch (ConflictException e) {
            Messages.errorOn("due:dueDate", "lend.dueBeforeOut");
        } catch (OptimisticLockException e) {
            Messages.error("general.conflict");
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
    public void setDamageNotes(String damageNotes) { this.damageNotes = damageNotes; }
}
