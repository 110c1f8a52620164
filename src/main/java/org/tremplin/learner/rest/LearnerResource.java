package org.tremplin.learner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.LearnerService;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.rest.FieldError;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.InvalidInputException;
import org.tremplin.shared.rest.Paging;
import org.tremplin.shared.rest.Takes;

/** Learners of the caller's sites. Funders never see a person: 403. */
@Path("learners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
public class LearnerResource {

    @Inject
    LearnerService learners;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    /** Search by name fragment ({@code q}), site, cohort; total in {@code X-Total-Count}. */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("siteId") Long siteId,
            @QueryParam("cohortId") Long cohortId, @QueryParam("programmeId") Long programmeId,
            @QueryParam("esfComplete") Boolean esfComplete,
            @BeanParam Paging paging) {
        if (q != null && q.length() > 100) {
            throw new InvalidInputException(List.of(new FieldError("q", "must be at most 100 characters")));
        }
        Page<Learner> page = learners.search(new LearnerFilter(q, siteId, programmeId, cohortId, null, esfComplete),
                LearnerSort.NAME, false, paging.first(), paging.size());
        List<LearnerJson> items = page.items().stream().map(l -> LearnerJson.of(l, user.isSeesSensitive())).toList();
        return Response.ok(items).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    public LearnerJson get(@PathParam("id") long id) {
        return LearnerJson.of(learners.get(id), user.isSeesSensitive());
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"firstName", "lastName", "birthDate", "gender", "email", "phone", "postcode", "commune", "siteId", "labourStatus", "unemployedSince", "iscedLevel", "disability", "thirdCountNational", "foreignBackground", "minority", "homeless", "ruralArea", "priorityNeighbourhood"})
    public Response create(LearnerJson json, @QueryParam("confirmDistinctPerson") boolean distinct) {
        Inputs.body(json);
        Learner learner = json.applyTo(new Learner(null, null, null), programmes, validator);
        if (!distinct) {
            learners.sameIdentity(learner.getFirstName(), learner.getLastName(), learner.getBirthDate(), null)
                    .stream().findFirst().ifPresent(existing -> {
                        // the id only when the caller may open that record
                        String where = user.seesSite(existing.getSite().getId()) ? "(#" + existing.getId() + ")"
                                : "at another site (ask its coordinator)";
                        throw new ConflictException("lastName", "A learner with the same names and birth date is already "
                                + "recorded " + where + ". Use that record, or resend with "
                                + "?confirmDistinctPerson=true if this is another person.");
                    });
        }
        Learner saved = learners.save(learner);
        return Response.created(URI.create("learners/" + saved.getId())).entity(LearnerJson.of(saved, true)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"firstName", "lastName", "birthDate", "gender", "email", "phone", "postcode", "commune", "siteId", "labourStatus", "unemployedSince", "iscedLevel", "disability", "thirdCountNational", "foreignBackground", "minority", "homeless", "ruralArea", "priorityNeighbourhood", "version"})
    public LearnerJson update(@PathParam("id") long id, LearnerJson json) {
        Inputs.body(json, () -> learners.get(id));
        Learner learner = learners.get(id);
        learner.checkVersion(json.version());
        return LearnerJson.of(learners.save(json.applyTo(learner, programmes, validator)), true);
    }

    /**
     * Restriction of processing (GDPR art. 18): {@code {"restricted": true}} hides the record from
     * search, lists and trainers; it is still counted. {@code false} lifts it.
     */
    @PUT
    @Path("{id}/restriction")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"restricted"})
    public LearnerJson restrict(@PathParam("id") long id, Restriction body) {
        learners.get(id); // another site's record is not found, whatever the body
        Inputs.body(body);
        Inputs in = new Inputs();
        in.required("restricted", body.restricted());
        in.check();
        return LearnerJson.of(learners.restrict(id, body.restricted()), true);
    }

    /** The body of {@link #restrict}. */
    public record Restriction(Boolean restricted) {
    }

    /** Erasure: the person is anonymised, the statistics stay. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response erase(@PathParam("id") long id) {
        learners.erase(id);
        return Response.noContent().build();
    }
}
