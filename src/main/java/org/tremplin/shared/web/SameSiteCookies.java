package org.tremplin.shared.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds {@code SameSite=Lax} to the session cookie. Payara ignores the Servlet 6 cookie attribute
 * (web.xml or API) and writes its session cookie outside any response wrapper, so the header is
 * rewritten while the response is still open: here for pages (the session every Faces page needs is
 * created up front) and by the authentication mechanism right after it renews the session id.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SameSiteCookies implements Filter {

    static final String ATTRIBUTE = "; SameSite=Lax";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletRequest) request).getSession(true);
        apply((HttpServletResponse) response);
        chain.doFilter(request, response);
    }

    /** Rewrites the Set-Cookie headers written so far that have no SameSite attribute. */
    public static void apply(HttpServletResponse response) {
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.isEmpty() || cookies.stream().allMatch(c -> c.toLowerCase().contains("samesite"))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String value = withSameSite(cookie);
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    static String withSameSite(String cookie) {
        return cookie.toLowerCase().contains("samesite") ? cookie : cookie + ATTRIBUTE;
    }
}
