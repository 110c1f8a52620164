package org.tremplin.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditEvent;
import org.tremplin.audit.domain.AuditFilter;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.audit.domain.ChainCheck;
import org.tremplin.audit.domain.RecordChanged;
import org.tremplin.audit.infrastructure.AuditLog;
import org.tremplin.shared.domain.ChangesFlushed;
import org.tremplin.shared.infrastructure.CsvWriter;
import org.tremplin.shared.infrastructure.TransactionList;

/**
 * Records audit events. Inside a transaction they wait in that transaction and are appended when the
 * outermost {@link Audited} call returns (so they commit or vanish with the work they describe);
 * outside one (a failed login, a denied access, an export), and those recorded whoever the caller is
 * (a token use), are committed on their own before the call returns, together with those of the callers
 * recording at the same moment ({@link GroupCommit}).
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final Object PENDING = new Object();
    private static final Object DEPTH = new Object();

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    AuditLog log;

    @Inject
    SecurityContext security;

    @Inject
    Event<ChangesFlushed> flushed;

    private final GroupCommit<AuditEvent.Pending> alone = new GroupCommit<>(events -> log.appendAlone(events));

    /** Records an event about one record (or none: type and id null), worded in every language. */
    public void record(AuditAction action, String targetType, Long targetId, AuditWording wording) {
        record(new AuditEvent.Pending(now(), actor(), action, targetType, targetId, english(wording), wording.encode()));
    }

    /** Records an event about one record (or none: type and id null). */
    public void record(AuditAction action, String targetType, Long targetId, String detail) {
        record(new AuditEvent.Pending(now(), actor(), action, targetType, targetId, detail));
    }

    private void record(AuditEvent.Pending event) {
        if (inTransaction() && transactions.getResource(DEPTH) instanceof int[] depth && depth[0] > 0) {
            pending().add(event);
        } else if (inTransaction()) {
            log.append(List.of(event));
        } else {
            alone.submit(List.of(event));
        }
    }

    /** Records an event whoever the caller is (a login attempt: the name typed, not yet a caller). */
    public void recordAs(String actor, AuditAction action, AuditWording wording) {
        recordAs(actor, action, null, null, wording);
    }

    /** The same about one record (a personal access token used before its owner is the caller). */
    public void recordAs(String actor, AuditAction action, String targetType, Long targetId, AuditWording wording) {
        alone.submit(List.of(new AuditEvent.Pending(now(), actor, action, targetType, targetId, english(wording),
                wording.encode())));
    }

    /** Records an event whoever the caller is, in English only. */
    public void recordAs(String actor, AuditAction action, String detail) {
        recordAs(actor, action, null, null, detail);
    }

    /** The same about one record (a personal access token used before its owner is the caller). */
    public void recordAs(String actor, AuditAction action, String targetType, Long targetId, String detail) {
        alone.submit(List.of(new AuditEvent.Pending(now(), actor, action, targetType, targetId, detail)));
    }

    /** A change seen by the persistence layer (create, update with the changed fields, delete). */
    public void captured(@Observes RecordChanged change) {
        if (inTransaction()) {
            AuditWording wording = change.wording();
            pending().add(new AuditEvent.Pending(now(), actor(), change.action(), change.targetType(), change.targetId(),
                    wording == null ? null : english(wording), wording == null ? null : wording.encode()));
        }
    }

    /**
     * The wording in English (the trail's {@code detail}, kept for the API, the CSV export and older readers):
     * {@code audit.text.<key>} of the English messages, with its values.
     */
    public static String english(AuditWording wording) {
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        return new MessageFormat(en.getString("audit.text." + wording.key()), Locale.ENGLISH).format(wording.args().toArray());
    }

    static final String BUNDLE = "org.tremplin.i18n.messages";

    /** Walks the whole chain: intact, or the first event that was changed, removed or inserted. */
    public ChainCheck verify() {
        return log.verify();
    }

    public long count(AuditFilter filter) {
        return log.count(filter);
    }

    /** One page of the trail, newest first. */
    public List<AuditEvent> page(AuditFilter filter, int first, int size) {
        return log.page(filter, first, size);
    }

    /** The trail as CSV, oldest first (the export is itself audited by the caller's response). */
    public byte[] csv(AuditFilter filter) {
        CsvWriter csv = new CsvWriter().row("seq", "time_utc", "actor", "action", "target_type", "target_id",
                "detail", "prev_hash", "hash");
        log.forEach(filter, e -> {
            csv.row(java.util.Arrays.asList(e.seq(), e.at().toString(), e.actor(), e.action().name(), e.targetType(),
                    e.targetId(), e.detail(), e.prevHash(), e.hash()));
            return true;
        });
        return csv.toBytes();
    }

    /** Counts an audited call in the current transaction; null outside one. */
    int[] enter() {
        if (!inTransaction()) {
            return null;
        }
        int[] depth = (int[]) transactions.getResource(DEPTH);
        if (depth == null) {
            depth = new int[1];
            transactions.putResource(DEPTH, depth);
        }
        depth[0]++;
        return depth;
    }

    /**
     * Captures the last changes, lets the tables kept from them be written ({@link ChangesFlushed}: plain SQL,
     * not audited), and appends everything waiting in this transaction.
     */
    void flush() {
        if (!inTransaction()) {
            return;
        }
        em.flush();
        flushed.fire(new ChangesFlushed());
        List<AuditEvent.Pending> events = pending();
        if (!events.isEmpty()) {
            List<AuditEvent.Pending> copy = List.copyOf(events);
            events.clear();
            log.append(copy);
        }
    }

    private boolean inTransaction() {
        return TransactionList.active(transactions);
    }

    private List<AuditEvent.Pending> pending() {
        return TransactionList.of(transactions, PENDING, left -> LOG.warning(left.size()
                + " changes committed outside an @Audited service were not audited: " + left.get(0).targetType() + " "
                + left.get(0).action()));
    }

    private String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? "system" : caller.getName();
        } catch (RuntimeException e) {
            return "system";
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
