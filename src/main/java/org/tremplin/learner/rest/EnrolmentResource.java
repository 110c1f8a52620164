package org.tremplin.learner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.EntrySituation;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.shared.rest.Inputs;

/**
 * Enrolments: POST to enrol, POST {id}/exit to record the exit; list by learner or cohort; {id}/entry-sheet the
 * participant sheet at entry (GET, and PUT to correct it with a reason).
 */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @GET
    public List<EnrolmentJson> list(@QueryParam("learnerId") Long learnerId, @QueryParam("cohortId") Long cohortId) {
        Inputs in = new Inputs();
        if (learnerId == null && cohortId == null) {
            in.add("learnerId", "give learnerId or cohortId");
        }
        in.check();
        List<Enrolment> found = learnerId != null ? enrolments.ofLearner(learnerId) : enrolments.ofCohort(cohortId);
        return found.stream().filter(e -> cohortId == null || e.getCohort().getId().equals(cohortId))
                .map(EnrolmentJson::of).toList();
    }

    @GET
    @Path("{id}")
    public EnrolmentJson get(@PathParam("id") long id) {
        return EnrolmentJson.of(enrolments.get(id));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"learnerId", "cohortId", "entryDate"})
    public Response enrol(EnrolmentJson json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        in.required("learnerId", json.learnerId());
        in.required("cohortId", json.cohortId());
        var entry = in.required("entryDate", in.date("entryDate", json.entryDate()));
        in.check();
        Enrolment saved = enrolments.enrol(json.learnerId(), json.cohortId(), entry);
        return Response.created(URI.create("enrolments/" + saved.getId())).entity(EnrolmentJson.of(saved)).build();
    }

    /** The participant sheet at entry (sensitive characteristics: not for trainers). */
    @GET
    @Path("{id}/entry-sheet")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public EntrySheetJson entrySheet(@PathParam("id") long id) {
        return EntrySheetJson.of(enrolments.get(id));
    }

    /** Corrects the sheet at entry of the learner in this enrolment's programme, saying why (audited). */
    @PUT
    @Path("{id}/entry-sheet")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"labourStatus", "unemployedSince", "iscedLevel", "disability", "thirdCountryNational", "foreignBackground", "minority", "homeless", "ruralArea", "reason"})
    public EntrySheetJson correctEntrySheet(@PathParam("id") long id, EntrySheetJson json) {
        Inputs.body(json, () -> enrolments.get(id));
        Inputs in = new Inputs();
        LabourStatus status = in.required("labourStatus", in.choice("labourStatus", json.labourStatus(), LabourStatus.class));
        LocalDate since = in.date("unemployedSince", json.unemployedSince());
        if (since != null && status != null && status != LabourStatus.UNEMPLOYED) {
            in.add("unemployedSince", "only an unemployed person has this date: leave it out or choose UNEMPLOYED");
        }
        if (json.iscedLevel() != null && (json.iscedLevel() < 0 || json.iscedLevel() > 8)) {
            in.add("iscedLevel", "an ISCED level is 0 to 8");
        }
        String reason = in.required("reason", json.reason() == null || json.reason().isBlank() ? null : json.reason().strip());
        if (reason != null && reason.length() > 500) {
            in.add("reason", "must be at most 500 characters");
        }
        in.checkAddressed(() -> enrolments.get(id));
        EntrySituation corrected = new EntrySituation(status, since, json.iscedLevel(), yes(json.disability()),
                yes(json.thirdCountryNational()), yes(json.foreignBackground()), yes(json.minority()), yes(json.homeless()),
                yes(json.ruralArea()));
        return EntrySheetJson.of(enrolments.correctEntrySheet(id, corrected, reason));
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    @POST
    @Path("{id}/exit")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"exitDate", "exitReason"})
    public EnrolmentJson exit(@PathParam("id") long id, EnrolmentJson json) {
        Inputs.body(json, () -> enrolments.get(id));
        Inputs in = new Inputs();
        var date = in.required("exitDate", in.date("exitDate", json.exitDate()));
        var reason = in.required("exitReason", in.choice("exitReason", json.exitReason(), ExitReason.class));
        in.checkAddressed(() -> enrolments.get(id));
        return EnrolmentJson.of(enrolments.exit(id, date, reason));
    }
}
