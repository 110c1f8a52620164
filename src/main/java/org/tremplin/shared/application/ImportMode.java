package org.tremplin.shared.application;

/** What to do when some rows are wrong. */
public enum ImportMode {
    /** Store nothing unless every row is right. */
    ALL_OR_NOTHING,
    /** Store the right rows, report the others. */
    VALID_ROWS_ONLY
}
