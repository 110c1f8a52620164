package org.tremplin.equipment.application;

import java.time.LocalDate;
import java.util.List;
import org.tremplin.equipment.domain.EquipmentCondition;

/**
 * A check-in: when, in what condition, whether the borrower's data was wiped, what is damaged, which of the
 * accessories handed over did not come back, and for a damaged item whether it goes to repair (null: it does).
 */
public record ReturnRequest(LocalDate returnedDate, EquipmentCondition conditionIn, boolean dataWiped, String damageNotes,
        List<String> missingAccessories, Boolean toRepair) {

    public ReturnRequest {
        missingAccessories = missingAccessories == null ? List.of() : List.copyOf(missingAccessories);
    }

    public ReturnRequest(LocalDate returnedDate, EquipmentCondition conditionIn, boolean dataWiped, String damageNotes) {
        this(returnedDate, conditionIn, dataWiped, damageNotes, List.of(), null);
    }
}
