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
import org.tremplin.identity.domain.Role;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.application.Caller;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Takes;

@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.FUNDER_NAME})
public class ProgrammeResource {

    @Inject
    ProgrammeService service;

    @Inject
    Validator validator;

    @Inject
    Caller user;

    /** Funders see only the programmes they fund. */
    @GET
    public List<ProgrammeJson> list() {
        List<Long> funded = user.isFunder() ? user.fundedProgrammeIds() : null;
        return service.programmes().stream()
                .filter(p -> funded == null || funded.contains(p.getId()))
                .map(ProgrammeJson::of).toList();
    }

    @GET
    @Path("{id}")
    public ProgrammeJson get(@PathParam("id") long id) {
        if (user.isFunder() && !user.fundedProgrammeIds().contains(id)) {
            throw new NotFoundException("Programme", id);
        }
        return ProgrammeJson.of(service.programme(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Takes({"name", "funder", "startDate", "endDate", "minAttendanceDays"})
    public Response create(ProgrammeJson json) {
        Inputs.body(json);
        Programme saved = service.save(json.applyTo(new Programme(null, null, null, null), validator));
        return Response.created(URI.create("programmes/" + saved.getId())).entity(ProgrammeJson.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Takes({"name", "funder", "startDate", "endDate", "minAttendanceDays", "version"})
    public ProgrammeJson update(@PathParam("id") long id, ProgrammeJson json) {
        Inputs.body(json, () -> service.programme(id));
        Programme programme = service.programme(id);
        programme.checkVersion(json.version());
        return ProgrammeJson.of(service.save(json.applyTo(programme, validator)));
    }
}
