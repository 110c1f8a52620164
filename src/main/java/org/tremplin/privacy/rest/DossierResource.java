package org.tremplin.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.tremplin.identity.domain.Role;
import org.tremplin.privacy.application.DossierService;

/**
 * The right of access (GDPR art. 15/20): {@code GET /api/learners/{id}/export} (DESIGN.md's route) or its
 * alias {@code /dossier} — everything held on
 * the person as JSON, or as a readable PDF with {@code Accept: application/pdf} (French unless
 * {@code Accept-Language} prefers English). Coordinators (their sites) and admins; audited as an export.
 */
@Path("learners/{id}/{route: dossier|export}")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class DossierResource {

    @Inject
    DossierService dossiers;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") long id) {
        return Response.ok(dossiers.of(id)).header("Content-Disposition",
                "attachment; filename=\"learner-" + id + ".json\"").build();
    }

    @GET
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Locale locale = headers.getAcceptableLanguages().stream().anyMatch(l -> "en".equals(l.getLanguage()))
                && headers.getAcceptableLanguages().stream().noneMatch(l -> "fr".equals(l.getLanguage()))
                ? Locale.ENGLISH : Locale.FRENCH;
        return Response.ok(dossiers.pdf(id, locale), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"learner-" + id + ".pdf\"").build();
    }
}
