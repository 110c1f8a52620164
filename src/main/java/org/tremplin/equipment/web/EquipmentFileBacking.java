package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tremplin.equipment.application.EquipmentService;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentAction;
import org.tremplin.equipment.domain.EquipmentEvent;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.web.Pages;
import org.tremplin.shared.web.Texts;

/** equipment/view.xhtml: an item, the actions its status allows, its loans and its history. */
@Named
@ViewScoped
public class EquipmentFileBacking implements Serializable {

    @Inject
    EquipmentService equipment;

    @Inject
    LoanService loans;

    private Long id;
    private Equipment item;
    private List<Loan> loanList;
    private List<EquipmentEvent> history;
    private String note;

    public void load() {
        Pages.load(this::refresh);
    }

    private void refresh() {
        item = equipment.get(id);
        loanList = loans.ofEquipment(id);
        history = equipment.history(id);
    }

    public void act(EquipmentAction action) {
        try {
            equipment.apply(id, action, note);
            Messages.addGlobalInfo("equipment.done." + action);
            note = null;
        } catch (ConflictException e) {
            Messages.addGlobalError("equipment.refused", Texts.text("EquipmentStatus." + item.getStatus()));
        }
        refresh();
    }

    /** The buttons of this page: the direct actions the item's status allows. */
    public List<EquipmentAction> getActions() {
        return item == null ? List.of() : item.allowedActions().stream().filter(EquipmentAction::isDirect).toList();
    }

    public Loan getOpenLoan() {
        return loanList == null ? null : loanList.stream().filter(Loan::isOpen).findFirst().orElse(null);
    }

    public LocalDate getToday() { return LocalDate.now(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Equipment getItem() { return item; }
    public List<Loan> getLoans() { return loanList; }
    public List<EquipmentEvent> getHistory() { return history; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
