package org.tremplin.shared.domain;

/**
 * A CDI event: an entity of this type was inserted, updated or deleted through JPA. Fired during the
 * flush by the session customizer that also feeds the audit trail (audit.infrastructure.ChangeCapture);
 * observers that keep derived figures (learner.infrastructure.LearnerLists) drop them, and those that keep
 * rows derived from it (report.infrastructure.ProgrammePersons) note its id, to write them again once the
 * changes are flushed ({@link ChangesFlushed}). Rows written by plain SQL (attendance registers, the data
 * generator) raise none.
 *
 * @param id      the entity's id (null for an entity without one)
 * @param changed the names of the fields an update changed (none for an insert or a delete): the kept tables
 *                grouped by a field the entity can change (a learner's site) tell a move by them
 */
public record EntityWritten(Class<?> type, Long id, java.util.Set<String> changed) {

    public EntityWritten {
        changed = java.util.Set.copyOf(changed);
    }

    /** Inserted or deleted (or changed in fields not told). */
    public EntityWritten(Class<?> type, Long id) {
        this(type, id, java.util.Set.of());
    }

    /** Of a type only (the observers that drop what they keep). */
    public EntityWritten(Class<?> type) {
        this(type, null);
    }
}
