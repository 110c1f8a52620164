package org.tremplin.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sending a generated file to the browser: a download, never cached (it holds personal data). */
public final class Downloads {

    private Downloads() {
    }

    public static void pdf(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
