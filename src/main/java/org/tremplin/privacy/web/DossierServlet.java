package org.tremplin.privacy.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.privacy.application.DossierService;
import org.tremplin.privacy.domain.Dossier;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.Downloads;
import org.tremplin.shared.web.Language;

/**
 * {@code /learners/dossier?id=ID&format=pdf|json}: everything held on a learner, from the learner
 * file. Coordinators of the learner's site and admins; other coordinators get a 404, other roles a 403.
 */
@WebServlet("/learners/dossier")
public class DossierServlet extends HttpServlet {

    @Inject
    DossierService dossiers;

    @Inject
    Language language;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.isAdmin() && !user.isCoordinator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN); // trainers and funders never export a person
            return;
        }
        String format = request.getParameter("format");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"pdf".equals(format) && !"json".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            if ("pdf".equals(format)) {
                Downloads.pdf(response, "learner-" + id + ".pdf", dossiers.pdf(id, language.getLocale()));
                return;
            }
            Dossier dossier = dossiers.of(id);
            byte[] json;
            try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
                json = jsonb.toJson(dossier).getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IOException("The dossier of learner " + id + " could not be written as JSON", e);
            }
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"learner-" + id + ".json\"");
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
