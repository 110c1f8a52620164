package org.tremplin.outcome.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tremplin.identity.domain.Role;
import org.tremplin.outcome.application.SurveyService;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Takes;

/**
 * The six-month survey answered by the learner: {@code POST outcomes/surveys {enrolmentId, language?}} sends
 * the personal link now (201 with the link, shown this once, and the channels it went through);
 * {@code GET outcomes/surveys/rates}: people invited and people who answered, per programme.
 */
@Path("outcomes/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class SurveyResource {

    public record InviteJson(Long enrolmentId, String language) {
    }

    @Inject
    SurveyService surveys;

    @POST
    @Takes({"enrolmentId", "language"})
    public Response invite(InviteJson json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        in.required("enrolmentId", json.enrolmentId());
        if (json.language() != null && !List.of("fr", "en").contains(json.language())) {
            in.add("language", "must be fr or en, got \"" + Inputs.shorten(json.language()) + "\"");
        }
        in.check();
        SurveyService.Sent sent = surveys.invite(json.enrolmentId(), json.language() == null ? "fr" : json.language());
        return Response.created(URI.create("outcomes/surveys/" + sent.id())).entity(sent).build();
    }

    @GET
    @Path("rates")
    public List<SurveyService.Rate> rates() {
        return surveys.responseRates();
    }
}
