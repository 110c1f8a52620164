package org.tremplin.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.training.application.AssessmentRequest;
import org.tremplin.training.application.AssessmentService;
import org.tremplin.training.domain.Assessment;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.AssessmentMethod;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.DigCompLevel;

/** DigComp 2.2 skill assessments of the learners the caller sees. */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    /** A learner's assessments, oldest first ({@code learnerId} required). */
    @GET
    public List<AssessmentJson> list(@QueryParam("learnerId") Long learnerId) {
        Inputs in = new Inputs();
        in.required("learnerId", learnerId);
        in.check();
        return assessments.ofLearner(learnerId).stream().map(AssessmentJson::of).toList();
    }

    @GET
    @Path("{id}")
    public AssessmentJson get(@PathParam("id") long id) {
        return AssessmentJson.of(assessments.get(id));
    }

    /** {@code {learnerId, date, kind, method, levels: {"1.1": 3, …}, note}}; every field checked at once. */
    @POST
    @Takes({"learnerId", "date", "kind", "method", "levels", "note"})
    public Response record(AssessmentJson json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        in.required("learnerId", json.learnerId());
        AssessmentRequest r = request(in, json.learnerId(), json);
        Assessment a = assessments.record(r);
        return Response.created(URI.create("assessments/" + a.getId())).entity(AssessmentJson.of(a)).build();
    }

    /** A correction: {@code {date, kind, method, levels, note, version}}, all of it replaced (the learner stays). */
    @PUT
    @Path("{id}")
    @Takes({"date", "kind", "method", "levels", "note", "version"})
    public AssessmentJson correct(@PathParam("id") long id, AssessmentJson json) {
        Inputs.body(json, () -> assessments.get(id));
        Inputs in = new Inputs();
        in.required("version", json.version());
        AssessmentRequest r = request(in, null, json);
        return AssessmentJson.of(assessments.correct(id, json.version(), r));
    }

    /** Deletes an assessment recorded in error (204); the audit trail keeps what it said. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        assessments.delete(id);
        return Response.noContent().build();
    }

    /** The request of a POST or PUT, every field checked at once ({@code in} may hold errors already). */
    private AssessmentRequest request(Inputs in, Long learnerId, AssessmentJson json) {
        var date = in.required("date", in.date("date", json.date()));
        var kind = in.required("kind", in.choice("kind", json.kind(), AssessmentKind.class));
        var method = in.required("method", in.choice("method", json.method(), AssessmentMethod.class));
        if (json.note() != null && json.note().length() > 500) {
            in.add("note", "must be at most 500 characters");
        }
        Map<String, Integer> levels = new TreeMap<>();
        if (json.levels() == null || json.levels().isEmpty()) {
            in.add("levels", "give a level for at least one competence, e.g. {\"1.1\": 3}");
        } else {
            Set<String> known = assessments.competences().stream().map(Competence::getCode).collect(Collectors.toSet());
            json.levels().forEach((code, value) -> {
                if (!known.contains(code)) {
                    in.add("levels." + code, "unknown DigComp 2.2 competence \"" + code + "\": use codes 1.1 to 5.4");
                } else {
                    Integer level = level(in, "levels." + code, value);
                    if (level != null) {
                        levels.put(code, level);
                    }
                }
            });
        }
        in.check();
        return new AssessmentRequest(learnerId, date, kind, method, levels, json.note());
    }

    private static Integer level(Inputs in, String field, Object value) {
        if (value instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0 && DigCompLevel.isValid(n.intValue())
                && n.compareTo(BigDecimal.valueOf(n.intValue())) == 0) {
            return n.intValue();
        }
        if (value instanceof Integer n && DigCompLevel.isValid(n)) {
            return n;
        }
        in.add(field, "must be a whole level from 1 to 8, got " + (value instanceof String ? "\"" + value + "\"" : value));
        return null;
    }
}
