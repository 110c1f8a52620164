package org.tremplin.testing;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while it is open (in-container
 * tests only). Query budgets are exact: a list must cost the same number of statements whatever
 * its number of rows.
 */
public final class StatementCounter implements AutoCloseable {

    private final Session session;
    private final AtomicInteger count = new AtomicInteger();
    private final Thread thread = Thread.currentThread();
    private final SessionEventAdapter listener = new SessionEventAdapter() {
        @Override
        public void postExecuteCall(SessionEvent event) {
            if (Thread.currentThread() == thread) {
                count.incrementAndGet();
            }
        }
    };

    private StatementCounter(Session session) {
        this.session = session;
        session.getEventManager().addListener(listener);
    }

    /** Starts counting on the server session behind this entity manager. */
    public static StatementCounter on(EntityManager em) {
        Session session = em.unwrap(Session.class);
        // the client session of a transaction shares the server session's event manager only partly:
        // listen on the root (server) session, which every statement goes through
        while (session instanceof org.eclipse.persistence.internal.sessions.AbstractSession abstractSession
                && abstractSession.getParent() != null) {
            session = abstractSession.getParent();
        }
        return new StatementCounter(session);
    }

    public int count() {
        return count.get();
    }

    @Override
    public void close() {
        session.getEventManager().removeListener(listener);
    }
}
