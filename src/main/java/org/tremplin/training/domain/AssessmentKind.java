package org.tremplin.training.domain;

/** When in the pathway a skill assessment was made. */
public enum AssessmentKind {
    ENTRY, INTERMEDIATE, EXIT
}
