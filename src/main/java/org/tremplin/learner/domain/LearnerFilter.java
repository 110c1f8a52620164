package org.tremplin.learner.domain;

import java.io.Serializable;
import org.tremplin.learner.domain.EnrolmentStatus;

/**
 * What a learner list is narrowed to; null fields do not filter. {@code esfComplete}: the ESF+ record
 * is complete or not. Records whose processing is restricted are left out unless {@code restricted}
 * is true, which lists only them (for coordinators and admins: a trainer never sees them).
 * {@code ledBy}: only learners enrolled in a cohort where this trainer (a user name) leads a session,
 * what a trainer may see ({@link #seenBy}).
 */
public record LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status,
        Boolean esfComplete, boolean restricted, String ledBy) implements Serializable {

    public LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status,
            Boolean esfComplete, boolean restricted) {
        this(text, siteId, programmeId, cohortId, status, esfComplete, restricted, null);
    }

    public LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status,
            Boolean esfComplete) {
        this(text, siteId, programmeId, cohortId, status, esfComplete, false);
    }

    public LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status) {
        this(text, siteId, programmeId, cohortId, status, null, false);
    }

    /** The same filter without restricted records (what a trainer may ask for). */
    public LearnerFilter unrestricted() {
        return new LearnerFilter(text, siteId, programmeId, cohortId, status, esfComplete, false, ledBy);
    }

    /** What a trainer may ask for: no restricted record, and only the learners of the cohorts where they lead a session. */
    public LearnerFilter seenBy(String trainer) {
        return new LearnerFilter(text, siteId, programmeId, cohortId, status, esfComplete, false, trainer);
    }

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, null);
    }

    public static LearnerFilter text(String q) {
        return new LearnerFilter(q, null, null, null, null);
    }
}
