package org.tremplin.learner.application;

import java.io.Serializable;
import org.tremplin.learner.domain.EnrolmentStatus;

/** What a learner list is narrowed to; null fields do not filter. {@code esfComplete}: the ESF+ record is complete or not. */
public record LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status,
        Boolean esfComplete) implements Serializable {

    public LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status) {
        this(text, siteId, programmeId, cohortId, status, null);
    }

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, null);
    }

    public static LearnerFilter text(String q) {
        return new LearnerFilter(q, null, null, null, null);
    }
}
