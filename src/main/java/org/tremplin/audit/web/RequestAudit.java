package org.tremplin.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.domain.AuditAction;

/**
 * Audits what only the response tells: a denied access (403 — from a role check of the API, or from
 * the container's URL constraints, which answer through the 403 error page) and a file handed out as
 * an attachment (an export). The path is recorded, never the query (it may hold a searched name).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestAudit extends HttpFilter {

    private static final String DONE = RequestAudit.class.getName() + ".done";

    @Inject
    AuditTrail trail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                denied(request, String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            denied(request, request.getRequestURI());
        } else if (response.getStatus() < 300 && isAttachment(response.getHeader("Content-Disposition"))) {
            trail.record(AuditAction.EXPORT, null, null, request.getMethod() + " " + request.getRequestURI()
                    + " → " + fileName(response.getHeader("Content-Disposition")));
        }
    }

    private void denied(HttpServletRequest request, String uri) {
        if (request.getAttribute(DONE) == null) {
            request.setAttribute(DONE, Boolean.TRUE);
            trail.record(AuditAction.ACCESS_DENIED, null, null, request.getMethod() + " " + uri);
        }
    }

    static boolean isAttachment(String disposition) {
        return disposition != null && disposition.regionMatches(true, 0, "attachment", 0, 10);
    }

    static String fileName(String disposition) {
        int at = disposition.indexOf("filename=");
        return at < 0 ? "file" : disposition.substring(at + 9).replace("\"", "").strip();
    }
}
