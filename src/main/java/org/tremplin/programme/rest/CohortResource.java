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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;

@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
public class CohortResource {

    @Inject
    ProgrammeService service;

    @Inject
    Validator validator;

    @GET
    public List<CohortJson> list(@QueryParam("programme") Long programmeId) {
        return service.cohorts(programmeId).stream().map(CohortJson::of).toList();
    }

    @GET
    @Path("{id}")
    public CohortJson get(@PathParam("id") long id) {
        return CohortJson.of(service.cohort(id));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"programmeId", "siteId", "name", "startDate", "endDate", "plannedHours"})
    public Response create(CohortJson json) {
        Inputs.body(json);
        Cohort saved = service.save(json.applyTo(new Cohort(null, null, null, null, null, 0), service, validator));
        return Response.created(URI.create("cohorts/" + saved.getId())).entity(CohortJson.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"programmeId", "siteId", "name", "startDate", "endDate", "plannedHours", "version"})
    public CohortJson update(@PathParam("id") long id, CohortJson json) {
        Inputs.body(json, () -> service.cohort(id));
        Cohort cohort = service.cohort(id);
        cohort.checkVersion(json.version());
        return CohortJson.of(service.save(json.applyTo(cohort, service, validator)));
    }
}
