package org.tremplin.testing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.tremplin.learner.infrastructure.LearnerLists;
import org.tremplin.report.application.DashboardFigures;

/**
 * Test deployments only (in the app the black-box tests share, {@link SharedApp}; read by PageQueryBudgetIT): counts the SQL statements the app sends
 * while it serves one HTTP request that carries the header {@value #HEADER} (any token); a later
 * {@code GET /test-statements?token=…} answers them, the count on the first line and then each
 * statement's SQL. A session event listener
 * on EclipseLink's server session (the root every client session and unit of work sends through)
 * counts each executed call — JPQL, criteria, native SQL, lazy loads, batched writes — on the thread of
 * a marked request, from the moment the request enters the application (before the authentication
 * mechanism checks the caller) until it leaves it. The shared entity cache is emptied before a marked
 * request, so that a count never depends on what earlier requests left in the cache: a query per row
 * that the cache would hide shows.
 * <p>
 * Plain JDBC through the data source is not seen; the app uses it only for the person's dossier
 * ({@code privacy.infrastructure.DossierQueries}) and the health check, which no measured request reaches.
 */
@WebListener
public class RequestStatements implements ServletContextListener, ServletRequestListener {

    public static final String HEADER = "X-Statement-Count";

    /** Where the counts are read (opened to the authentication mechanism in the shared app). */
    public static final String PATH = "/test-statements";

    /** One measured request: its statements, and a latch released once the request has left the app. */
    record Measure(List<String> statements, CountDownLatch done) {
    }

    private static final Map<String, Measure> MEASURES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Measure> CURRENT = new ThreadLocal<>();

    private static final SessionEventAdapter LISTENER = new SessionEventAdapter() {
        @Override
        public void postExecuteCall(SessionEvent event) {
            Measure m = CURRENT.get();
            if (m != null) {
                m.statements().add(event.getCall() instanceof DatabaseCall call ? call.getSQLString()
                        : String.valueOf(event.getCall()));
            }
        }
    };

    @PersistenceUnit(unitName = "tremplin")
    EntityManagerFactory emf;

    @Inject
    LearnerLists lists;

    @Inject
    DashboardFigures figures;

    private Session root() {
        Session session = emf.unwrap(Session.class);
        while (session instanceof AbstractSession s && s.getParent() != null) {
            session = s.getParent();
        }
        return session;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        root().getEventManager().addListener(LISTENER);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        root().getEventManager().removeListener(LISTENER);
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && request.getHeader(HEADER) != null) {
            emf.getCache().evictAll();
            lists.forget(); // the learner list's totals and pages, and the home page's figures too: every measure counts
            figures.forget(); // what a first visit costs
            Measure m = new Measure(Collections.synchronizedList(new ArrayList<>()), new CountDownLatch(1));
            MEASURES.put(request.getHeader(HEADER), m);
            CURRENT.set(m);
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Measure m = CURRENT.get();
        if (m != null) {
            CURRENT.remove();
            m.done().countDown();
        }
    }

    /** The statements of the request marked {@code token}: their number, then their SQL, one a line. */
    @WebServlet(PATH)
    public static class Report extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Measure m = MEASURES.remove(String.valueOf(request.getParameter("token")));
            try {
                if (m == null || !m.done().await(30, TimeUnit.SECONDS)) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such request, or not over");
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            response.setContentType("text/plain;charset=UTF-8");
            List<String> sql;
            synchronized (m.statements()) {
                sql = List.copyOf(m.statements());
            }
            PrintWriter out = response.getWriter();
            out.println(sql.size());
            sql.forEach(line -> out.println(line.replaceAll("\\s+", " ")));
        }
    }
}
