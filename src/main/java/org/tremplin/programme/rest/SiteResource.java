package org.tremplin.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Site;

@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
public class SiteResource {

    @Inject
    ProgrammeService service;

    @Inject
    Validator validator;

    @GET
    public List<SiteJson> list() {
        return service.sites().stream().map(SiteJson::of).toList();
    }

    @GET
    @Path("{id}")
    public SiteJson get(@PathParam("id") long id) {
        return SiteJson.of(service.site(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Takes({"name", "commune"})
    public Response create(SiteJson json) {
        Inputs.body(json);
        Site saved = service.save(json.applyTo(new Site(null, null), validator));
        return Response.created(URI.create("sites/" + saved.getId())).entity(SiteJson.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Takes({"name", "commune", "version"})
    public SiteJson update(@PathParam("id") long id, SiteJson json) {
        Inputs.body(json, () -> service.site(id));
        Site site = service.site(id);
        site.checkVersion(json.version());
        return SiteJson.of(service.save(json.applyTo(site, validator)));
    }
}
