package org.tremplin.equipment.domain;

/** The state of an item, noted when it goes out and when it comes back. */
public enum EquipmentCondition {
    NEW, GOOD, FAIR, DAMAGED
}
