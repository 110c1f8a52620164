package org.tremplin.equipment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tremplin.equipment.application.EquipmentService;
import org.tremplin.equipment.application.LendRequest;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Pages;
import org.tremplin.shared.web.Texts;

/**
 * equipment/lend.xhtml: the check-out in one form. The learner by name, the item by its typed or
 * scanned tag; the due date follows the learner's cohort and the condition the item's record.
 * {@code ?learner=} and {@code ?item=} pre-fill it from the learner file or the item page.
 */
@Named
@ViewScoped
public class LendBacking implements Serializable {

    /** Accessories handed over most often, as tick boxes (bundle keys accessory.*). */
    static final List<String> ACCESSORIES = List.of("charger", "case", "mouse", "cable", "sim");

    @Inject
    LoanService loans;

    @Inject
    EquipmentService equipment;

    @Inject
    LearnerService learners;

    private Long learnerId;
    private Long itemId;
    private Learner learner;
    private String assetTag;
    private Equipment item;
    private LocalDate outDate = LocalDate.now();
    private LocalDate dueDate;
    private EquipmentCondition conditionOut;
    private List<String> accessories = new ArrayList<>();
    private String otherAccessories;
    private boolean agreementSigned;
    private boolean loaded;
    /** The picker's chosen line ("TAG — Type Make Model", {@link EquipmentPicker}). */
    private String pick;

    /** View action: the pre-filled learner and item, read within the user's sites (404 for any other). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (learnerId != null) {
                learner = learners.get(learnerId);
                learnerChosen();
            }
            if (itemId != null) {
                item = equipment.get(itemId);
                assetTag = item.getAssetTag();
                conditionOut = item.getCondition();
            }
        } catch (NotFoundException e) {
            Pages.notFound(); // another site's learner or item, as an unknown one
        }
    }

    /** A learner was chosen: the due date becomes the end of their cohort. */
    public void learnerChosen() {
        if (learner != null) {
            dueDate = loans.defaultDueDate(learner.getId(), outDate == null ? LocalDate.now() : outDate);
        }
    }

    /** A line of the picker was chosen: its tag, as if typed. */
    public void itemPicked() {
        if (pick != null && pick.contains(EquipmentPicker.SEPARATOR)) {
            assetTag = pick.substring(0, pick.indexOf(EquipmentPicker.SEPARATOR));
            findItem();
        }
    }

    /** The tag was typed or scanned: shows the item, or says why it cannot be lent. */
    public void findItem() {
        item = null;
        if (assetTag == null || assetTag.isBlank()) {
            return;
        }
        try {
            item = equipment.byAssetTag(assetTag);
            conditionOut = item.getCondition();
            if (item.getAccessories() != null && accessories.isEmpty() && (otherAccessories == null || otherAccessories.isBlank())) {
                otherAccessories = item.getAccessories(); // what goes with this item, to check at return
            }
            if (!item.isAvailable()) {
                Messages.addError("lend:assetTag", "lend.notAvailable", item.getAssetTag(),
                        Texts.text("EquipmentStatus." + item.getStatus()));
            }
        } catch (NotFoundException e) {
            Messages.addError("lend:assetTag", "lend.unknownTag", Equipment.normaliseTag(assetTag));
        }
    }

    public String lend() {
        try {
            Loan loan = loans.lend(new LendRequest(learner.getId(), null, assetTag, outDate, dueDate, conditionOut,
                    getAccessoriesText(), agreementSigned));
            Messages.addGlobalInfo("lend.done", loan.getEquipment().getAssetTag(), learner.getFullName());
            Faces.getFlash().setKeepMessages(true);
            return "/equipment/loan?faces-redirect=true&id=" + loan.getId();
        } catch (NotFoundException e) {
            Messages.addError("lend:assetTag", "lend.unknownTag", Equipment.normaliseTag(assetTag));
        } catch (ConflictException e) {
            switch (e.getField() == null ? "" : e.getField()) {
                case "dueDate" -> Messages.addError("lend:dueDate", "lend.dueBeforeOut");
                case "outDate" -> Messages.addError("lend:outDate", "lend.outInFuture");
                default -> Messages.addError("lend:assetTag", "lend.notAvailableNow", Equipment.normaliseTag(assetTag));
            }
            Messages.addGlobalError("lend.notSaved");
        }
        return null;
    }

    /** "Chargeur, housse, stylet": the ticked boxes in the user's language, then the free text. */
    public String getAccessoriesText() {
        String text = Stream.concat(accessories.stream().map(a -> Texts.text("accessory." + a)),
                Stream.ofNullable(otherAccessories).map(String::strip).filter(s -> !s.isEmpty()))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    public List<String> getAccessoryChoices() { return ACCESSORIES; }
    public String getPick() { return pick; }
    public void setPick(String pick) { this.pick = pick; }
    public EquipmentCondition[] getConditions() { return EquipmentCondition.values(); }
    public Long getLearnerId() { return learnerId; }
    public void setLearnerId(Long learnerId) { this.learnerId = learnerId; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Learner getLearner() { return learner; }
    public void setLearner(Learner learner) { this.learner = learner; }
    public String getAssetTag() { return assetTag; }
    public void setAssetTag(String assetTag) { this.assetTag = assetTag; }
    public Equipment getItem() { return item; }
    public LocalDate getOutDate() { return outDate; }
    public void setOutDate(LocalDate outDate) { this.outDate = outDate; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public EquipmentCondition getConditionOut() { return conditionOut; }
    public void setConditionOut(EquipmentCondition conditionOut) { this.conditionOut = conditionOut; }
    public List<String> getAccessories() { return accessories; }
    public void setAccessories(List<String> accessories) { this.accessories = accessories; }
    public String getOtherAccessories() { return otherAccessories; }
    public void setOtherAccessories(String otherAccessories) { this.otherAccessories = otherAccessories; }
    public boolean isAgreementSigned() { return agreementSigned; }
    public void setAgreementSigned(boolean agreementSigned) { this.agreementSigned = agreementSigned; }
}
