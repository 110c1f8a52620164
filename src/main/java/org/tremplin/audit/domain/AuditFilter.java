package org.tremplin.audit.domain;

import java.time.LocalDate;
import org.tremplin.audit.domain.AuditAction;

/** What the admin looks for in the trail; every part optional. Dates are UTC days, both included. */
public record AuditFilter(String actor, AuditAction action, String targetType, Long targetId, LocalDate from,
        LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter about(String targetType, Long targetId) {
        return new AuditFilter(null, null, targetType, targetId, null, null);
    }
}
