package org.tremplin.equipment.application;

import java.time.LocalDate;
import org.tremplin.equipment.domain.EquipmentCondition;

/** A check-in: when, in what condition, whether the borrower's data was wiped, what is damaged. */
public record ReturnRequest(LocalDate returnedDate, EquipmentCondition conditionIn, boolean dataWiped, String damageNotes) {
}
