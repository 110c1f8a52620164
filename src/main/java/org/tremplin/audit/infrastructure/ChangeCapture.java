package org.tremplin.audit.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.audit.domain.RecordChanged;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.EntityWritten;

/**
 * Sees every entity written through JPA (persistence.xml names it as the session customizer) and
 * announces one {@link RecordChanged} per create, update and delete, with the names of the changed
 * fields — never their values (the audit trail observes it). It also announces each write as an {@link EntityWritten} event.
 */
public class ChangeCapture extends DescriptorEventAdapter implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            descriptor.getEventManager().addListener(this);
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        captured(AuditAction.CREATE, event, null, List.of());
    }

    /** Raised once per changed object during the flush, with its change set (postUpdate has none). */
    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        ObjectChangeSet changes = event.getChangeSet();
        List<String> fields = changes == null ? List.of() : changes.getChangedAttributeNames();
        String names = fields.stream().filter(f -> !f.equals("version")).sorted().collect(Collectors.joining(", "));
        if (changes == null || !names.isEmpty()) {
            captured(AuditAction.UPDATE, event, names.isEmpty() ? null : AuditWording.of("fields", names), fields);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        captured(AuditAction.DELETE, event, null, List.of());
    }

    private static void captured(AuditAction action, DescriptorEvent event, AuditWording detail, List<String> fields) {
        Object entity = event.getObject();
        Long id = entity instanceof BaseEntity b ? b.getId() : null;
        var events = CDI.current().getBeanManager().getEvent();
        events.select(RecordChanged.class).fire(new RecordChanged(action, entity.getClass().getSimpleName(), id, detail));
        events.select(EntityWritten.class).fire(new EntityWritten(entity.getClass(), id, java.util.Set.copyOf(fields)));
    }
}
