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
import java.io.InputStream;
import java.util.Locale;

/**
 * Bounds the uploads of the pages (the CSV imports) before the container writes them anywhere: a form
 * posted as multipart/form-data that announces more than {@link #MAX_REQUEST_BYTES} leads to the app's page
 * telling the person to split the file (error/413.xhtml). The body is read and thrown away first (up to
 * {@link #DRAIN_BYTES}), so that the browser, still sending, gets the page rather than a reset connection.
 * The Faces servlet's multipart-config (web.xml) holds the same bounds for a body sent without a length,
 * and its refusal leads to the same page. Nothing of the file is stored.
 * Each page then checks its own, smaller, bound with its message (the equipment import: 5 MB).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimit implements Filter {

    /** The largest file a page takes (the learner import: 20 MB), plus the form's other fields. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024;
    /** Past this, the connection is simply closed: no person sends that by mistake. */
    static final long DRAIN_BYTES = 4 * MAX_REQUEST_BYTES;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse reply = (HttpServletResponse) response;
        boolean upload = "POST".equals(http.getMethod()) && isMultipart(http.getContentType());
        if (upload && http.getContentLengthLong() > MAX_REQUEST_BYTES) {
            if (http.getContentLengthLong() > DRAIN_BYTES) {
                reply.setHeader("Connection", "close");
            } else {
                drain(http.getInputStream());
            }
            tooLarge(http, reply);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            // sent without a length (chunked): the multipart-config bound stops the container's parser
            if (!upload || !isSizeLimit(e) || reply.isCommitted()) {
                throw e;
            }
            reply.resetBuffer();
            tooLarge(http, reply);
        }
    }

    /**
     * Sends the browser to the app's page for a file too large (303, then a GET). Not an error page rendered
     * for this request: anything that reads a parameter of it (Faces, CDI's conversation scope) would make the
     * container parse the refused multipart body again.
     */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PAGE);
    }

    static final String PAGE = "/error/413.xhtml";

    static boolean isSizeLimit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("SizeException") || t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).contains("SizeException")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isSizeLimit(suppressed)) {
                    return true;
                }
            }
        }
        return String.valueOf(error.getMessage()).contains("exceeds the configured maximum");
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) >= 0) {
            // thrown away
        }
    }
}
