package org.tremplin.equipment.domain;

import java.io.Serializable;

/** Loans of a learner, of an item, of a site; open ones only, or overdue ones only. Nulls do not filter. */
public record LoanFilter(Long learnerId, Long equipmentId, Long siteId, boolean openOnly, boolean overdueOnly)
        implements Serializable {

    public static LoanFilter overdue() {
        return new LoanFilter(null, null, null, true, true);
    }
}
