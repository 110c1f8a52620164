package org.tremplin.equipment.application;

import java.time.LocalDate;
import org.tremplin.equipment.domain.EquipmentCondition;

/**
 * A check-out as typed: the item by id or by asset tag (scanned); no due date means the end of the
 * learner's cohort; no condition means the item's current one.
 */
public record LendRequest(Long learnerId, Long equipmentId, String assetTag, LocalDate outDate, LocalDate dueDate,
        EquipmentCondition conditionOut, String accessories, boolean agreementSigned) {
}
