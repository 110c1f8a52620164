package org.tremplin.learner.application;

import java.io.Serializable;
import org.tremplin.learner.domain.EnrolmentStatus;

/** What a learner list is narrowed to; null fields do not filter. */
public record LearnerFilter(String text, Long siteId, Long programmeId, Long cohortId, EnrolmentStatus status)
        implements Serializable {

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, null);
    }

    public static LearnerFilter text(String q) {
        return new LearnerFilter(q, null, null, null, null);
    }
}
