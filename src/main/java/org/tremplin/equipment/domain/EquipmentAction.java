package org.tremplin.equipment.domain;

/** What happened to an item; each one is a line of its history, with who and when. */
public enum EquipmentAction {
    CREATED, LENT, RETURNED, TO_REPAIR, REPAIRED, LOST, FOUND, RETIRED;

    /** The actions a person triggers directly on the item page (lending and returns have their own forms). */
    public boolean isDirect() {
        return this == TO_REPAIR || this == REPAIRED || this == LOST || this == FOUND || this == RETIRED;
    }
}
