package org.tremplin.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sending a generated file to the browser: a download, never cached (it holds personal data). Not OmniFaces'
 * {@code Faces.sendFile}: over HTTPS it marks the file {@code Cache-Control: public}, which a shared cache may keep.
 */
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

    /** From a page's action: the response becomes the file, and the page is not rendered. */
    public static void send(String contentType, String fileName, byte[] bytes) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(contentType);
        response.setResponseContentLength(bytes.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }
}
