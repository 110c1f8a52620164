package org.tremplin.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import org.tremplin.identity.domain.Role;
import org.tremplin.privacy.application.RetentionService;
import org.tremplin.privacy.domain.RetentionPlan;

/** Retention, for admins: {@code GET} the dry run (who would be anonymised today), {@code POST} run it now. */
@Path("retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionResource {

    @Inject
    RetentionService retention;

    @GET
    public RetentionPlan dryRun() {
        return retention.plan(LocalDate.now());
    }

    @POST
    public Map<String, Integer> run() {
        return Map.of("anonymised", retention.run(LocalDate.now()));
    }
}
