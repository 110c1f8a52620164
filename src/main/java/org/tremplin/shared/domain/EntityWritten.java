package org.tremplin.shared.domain;

/**
 * A CDI event: an entity of this type was inserted, updated or deleted through JPA. Fired during the
 * flush by the session customizer that also feeds the audit trail (audit.infrastructure.ChangeCapture);
 * observers that keep derived figures (learner.infrastructure.LearnerCounts) drop them. Rows written by
 * plain SQL (attendance registers, the retention job, the data generator) raise none.
 */
public record EntityWritten(Class<?> type) {
}
