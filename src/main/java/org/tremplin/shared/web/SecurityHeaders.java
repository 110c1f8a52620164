package org.tremplin.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Hardening headers on every response: no MIME sniffing, no framing (clickjacking), no referrer leaving
 * the site, no plugins, forms posting only here, scripts only from this origin, and nothing personal kept
 * in a browser or proxy cache (pages, API answers and downloads are {@code no-store}; only the static
 * resources may be cached).
 * <p>
 * Pages: PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) gives each page a nonce, puts it on
 * every script it writes, turns {@code on*} attributes into nonce'd scripts, and adds its own
 * {@code Content-Security-Policy: script-src 'self' 'nonce-…'}. That header takes the place of our
 * script rule, next to our other directives: one policy per response, no {@code 'unsafe-inline'} and no
 * {@code 'unsafe-eval'}. Error pages are rendered in an error dispatch, hence the filter runs there too.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders implements Filter {

    static final String POLICY = "Content-Security-Policy";
    /** The directives of every response. */
    static final String BASE = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** The policy of a response that PrimeFaces does not render (API, downloads, static resources). */
    static final String CSP = BASE + "; script-src 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        apply((HttpServletRequest) request, http);
        chain.doFilter(request, new PagePolicy(http));
    }

    /**
     * The headers of every response, also for those written before the filters run: the authentication
     * mechanism's redirects to the login page and its 401s.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse http) {
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        http.setHeader(POLICY, CSP);
        if (!isStaticResource(request)) {
            http.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Our directives with the script rule of a page's policy, e.g. PrimeFaces' {@code script-src 'self' 'nonce-…';}. */
    static String withScriptRule(String pagePolicy) {
        String rule = pagePolicy.strip();
        if (rule.endsWith(";")) {
            rule = rule.substring(0, rule.length() - 1).strip();
        }
        return rule.startsWith(BASE) ? rule : BASE + "; " + rule;
    }

    /** A policy header added downstream (PrimeFaces) replaces ours, keeping our directives: never two policies. */
    static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, POLICY.equalsIgnoreCase(name) && value != null ? withScriptRule(value) : value);
        }
    }
}
