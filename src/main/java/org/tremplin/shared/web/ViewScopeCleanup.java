package org.tremplin.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Keeps the session from growing with every page opened. Mojarra holds the @ViewScoped beans of a
 * session's views in two session maps: the views (bounded, oldest dropped) and their CDI contexts.
 * When sessions live in the data grid (instances sharing them, docs/cluster.md; a single instance
 * keeps them in memory), the session is read back from the grid on each request, so the
 * contexts map no longer finds, by identity, the view a dropped one belonged to, and keeps it: one
 * entry more per page opened, all of them written to the grid after every request (the session of
 * a day's work grew to megabytes, and each request with it). After each page request this drops
 * the contexts whose view is gone. docs/benchmarks.md
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ViewScopeCleanup extends HttpFilter {

    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                prune(session);
            }
        }
    }

    static void prune(HttpSession session) {
        try {
            if (session.getAttribute(VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                    && session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> views
                    && contexts.keySet().removeIf(id -> !views.containsKey(id))) {
                session.setAttribute(VIEW_CONTEXTS, contexts); // changed: written to the grid again
            }
        } catch (IllegalStateException invalidated) {
            // logged out during the request: nothing left to clean
        }
    }
}
