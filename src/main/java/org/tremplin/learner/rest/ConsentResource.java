package org.tremplin.learner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.ConsentService;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentMethod;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.shared.rest.Inputs;

/** The consent register of a learner: list, record, and {@code {consentId}/withdraw}. */
@Path("learners/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ConsentResource {

    @Inject
    ConsentService consents;

    @GET
    public List<ConsentJson> list(@PathParam("id") long learnerId) {
        return consents.ofLearner(learnerId).stream().map(ConsentJson::of).toList();
    }

    @POST
    @Takes({"purpose", "given", "givenOn", "method"})
    public Response record(@PathParam("id") long learnerId, ConsentJson json) {
        Inputs.body(json, () -> consents.ofLearner(learnerId));
        Inputs in = new Inputs();
        ConsentPurpose purpose = in.required("purpose", in.choice("purpose", json.purpose(), ConsentPurpose.class));
        ConsentMethod method = in.required("method", in.choice("method", json.method(), ConsentMethod.class));
        LocalDate on = in.required("givenOn", in.date("givenOn", json.givenOn()));
        if (on != null && on.isAfter(LocalDate.now())) {
            in.add("givenOn", "must not be in the future");
        }
        in.checkAddressed(() -> consents.ofLearner(learnerId));
        Consent saved = consents.record(learnerId, purpose, json.given() == null || json.given(), on, method);
        return Response.created(URI.create("learners/" + learnerId + "/consents")).entity(ConsentJson.of(saved)).build();
    }

    @POST
    @Path("{consentId}/withdraw")
    @Takes({"withdrawnOn"})
    public ConsentJson withdraw(@PathParam("id") long learnerId, @PathParam("consentId") long consentId,
            ConsentJson json) {
        Inputs.body(json, () -> consents.ofLearner(learnerId));
        Inputs in = new Inputs();
        LocalDate on = in.required("withdrawnOn", in.date("withdrawnOn", json.withdrawnOn()));
        in.checkAddressed(() -> consents.ofLearner(learnerId));
        return ConsentJson.of(consents.withdraw(learnerId, consentId, on));
    }
}
