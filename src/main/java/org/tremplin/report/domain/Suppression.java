package org.tremplin.report.domain;

/** Why a cell of a funder's figures is hidden. */
public enum Suppression {
    /** It holds 1 to threshold - 1 people: shown as "< 5". */
    SMALL,
    /** It holds more, and is hidden only so that a small cell cannot be worked out from the total: shown as "s". */
    SECONDARY
}
