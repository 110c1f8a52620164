package org.tremplin.equipment.domain;

/** How a loan ended: the item came back, or it was lost or stolen while lent. */
public enum LoanClosure {
    RETURNED, LOST
}
