package org.tremplin.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The header's language links: a page asked for with {@code ?lang=fr} or {@code ?lang=en} records the choice for
 * the session and is sent back (303) to the same address without that parameter, its other parameters kept (a
 * filtered list stays filtered). Plain links rather than a Faces postback: they work on any page, even one whose
 * view has expired, and the header needs no form. A language the app does not have is left alone (the page
 * answers as usual).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    static final String PARAMETER = "lang";

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the query string only, and only on a GET: reading a request's parameters would read a form's body,
        // an upload's too, before UploadLimit has looked at its size
        String tag = "GET".equals(request.getMethod()) ? switchIn(request.getQueryString()) : null;
        if (tag != null) {
            language.change(tag);
            String others = withoutSwitch(request.getQueryString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + (others.isEmpty() ? "" : "?" + others));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The language a query string switches to ("fr" or "en"), or null. */
    static String switchIn(String query) {
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            if (part.equals(PARAMETER + "=fr") || part.equals(PARAMETER + "=en")) {
                return part.substring(PARAMETER.length() + 1);
            }
        }
        return null;
    }

    /** A query string without its {@value #PARAMETER} parameters ("" when nothing is left). */
    static String withoutSwitch(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals(PARAMETER) && !part.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
