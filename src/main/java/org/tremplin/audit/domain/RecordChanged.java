package org.tremplin.audit.domain;

/**
 * A record created, updated (with the names of its changed fields, never their values) or deleted, as the
 * persistence layer saw it during a flush; the audit trail observes it.
 */
public record RecordChanged(AuditAction action, String targetType, Long targetId, AuditWording wording) {
}
