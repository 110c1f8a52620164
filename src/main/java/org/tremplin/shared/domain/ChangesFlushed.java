package org.tremplin.shared.domain;

/**
 * A CDI event, fired synchronously in the transaction when its outermost audited service call returns, once its
 * changes have been flushed and before its audit events are appended (audit.application.AuditTrail): the
 * tables kept from the entities written in it ({@link EntityWritten}) are written again there, by plain SQL, so
 * that they commit or vanish with the work they come from.
 */
public record ChangesFlushed() {
}
