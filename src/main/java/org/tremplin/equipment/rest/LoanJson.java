package org.tremplin.equipment.rest;

import java.time.LocalDate;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.shared.rest.Inputs;

/**
 * DESIGN.md's loan shape, plus the asset tag (to lend by a scanned tag), the accessories, how the
 * loan closed, damage notes, the accessories missing at return, the last reminder sent by hand, the item's
 * status now, and version. In a request, {@code equipmentId} or {@code assetTag}; at return, {@code toRepair}.
 */
public record LoanJson(Long id, Long equipmentId, String assetTag, Long learnerId, String outDate, String dueDate,
        Boolean agreementSigned, String conditionOut, String accessories, String returnedDate, String conditionIn,
        Boolean dataWiped, String damageNotes, String closure, Boolean overdue, java.util.List<String> missingAccessories,
        Boolean toRepair, String remindedOn, String equipmentStatus, Long version) {

    static LoanJson of(Loan o) {
        return new LoanJson(o.getId(), o.getEquipment().getId(), o.getEquipment().getAssetTag(), o.getLearner().getId(),
                Inputs.text(o.getOutDate()), Inputs.text(o.getDueDate()), o.isAgreementSigned(),
                Inputs.text(o.getConditionOut()), o.getAccessories(), Inputs.text(o.getReturnedDate()),
                Inputs.text(o.getConditionIn()), o.getDataWiped(), o.getDamageNotes(), Inputs.text(o.getClosure()),
                o.isOverdueOn(LocalDate.now()), o.missingList(), null, Inputs.text(o.getRemindedOn()),
                Inputs.text(o.getEquipment().getStatus()), o.getVersion());
    }
}
