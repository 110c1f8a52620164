package org.tremplin.equipment.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an item is in its life, and what may happen to it from there. */
public enum EquipmentStatus {
    AVAILABLE, ON_LOAN, IN_REPAIR, RETIRED, LOST;

    /** The actions that this status allows (the others are refused with a 409). */
    public Set<EquipmentAction> allowed() {
        return switch (this) {
            case AVAILABLE -> EnumSet.of(EquipmentAction.LENT, EquipmentAction.TO_REPAIR, EquipmentAction.LOST, EquipmentAction.RETIRED);
            case ON_LOAN -> EnumSet.of(EquipmentAction.RETURNED, EquipmentAction.LOST);
            case IN_REPAIR -> EnumSet.of(EquipmentAction.REPAIRED, EquipmentAction.LOST, EquipmentAction.RETIRED);
            case LOST -> EnumSet.of(EquipmentAction.FOUND, EquipmentAction.RETIRED);
            case RETIRED -> EnumSet.noneOf(EquipmentAction.class);
        };
    }
}
