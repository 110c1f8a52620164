package org.tremplin.outcome.rest;

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
import java.util.List;
import java.util.Map;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.domain.Role;
import org.tremplin.outcome.application.FollowUp;
import org.tremplin.outcome.application.OutcomeRequest;
import org.tremplin.outcome.application.OutcomeService;
import org.tremplin.outcome.domain.ContractType;
import org.tremplin.outcome.domain.Outcome;
import org.tremplin.outcome.domain.OutcomeProblem;
import org.tremplin.outcome.domain.OutcomeSource;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.Situation;
import org.tremplin.shared.rest.Inputs;

/** What became of learners after leaving: at exit and six months later (coordinators and admins). */
@Path("outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @Inject
    org.tremplin.outcome.application.FollowUpService followUps;

    /** A learner's outcomes ({@code learnerId} required). */
    @GET
    public List<OutcomeJson> list(@QueryParam("learnerId") Long learnerId) {
        Inputs in = new Inputs();
        in.required("learnerId", learnerId);
        in.check();
        return outcomes.ofLearner(learnerId).stream().map(OutcomeJson::of).toList();
    }

    @GET
    @Path("{id}")
    public OutcomeJson get(@PathParam("id") long id) {
        return OutcomeJson.of(outcomes.get(id));
    }

    /** The follow-up queue: {@code timing=AT_EXIT} (default) or {@code SIX_MONTHS}, due by the end of this month ({@code overdue=true}: only those past due), with the attempts made. */
    @GET
    @Path("due")
    public Map<String, Object> due(@QueryParam("timing") String timing, @QueryParam("overdue") boolean overdue,
            @QueryParam("first") Integer first, @QueryParam("size") Integer size) {
        Inputs in = new Inputs();
        OutcomeTiming t = timing == null ? OutcomeTiming.AT_EXIT : in.choice("timing", timing, OutcomeTiming.class);
        int from = first == null ? 0 : first;
        int count = size == null ? 50 : size;
        if (from < 0) {
            in.add("first", "must be 0 or more");
        }
        if (count < 1 || count > 200) {
            in.add("size", "must be between 1 and 200");
        }
        in.check();
        List<Map<String, Object>> items = followUps.due(t, overdue, from, count).stream().map(OutcomeResource::line).toList();
        return Map.of("total", followUps.queueCounts().of(t, overdue), "items", items);
    }

    private static Map<String, Object> line(FollowUp f) {
        var e = f.enrolment();
        var l = e.getLearner();
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("enrolmentId", e.getId());
        m.put("learnerId", l.getId());
        m.put("name", l.getFullName());
        m.put("cohortId", e.getCohort().getId());
        m.put("exitDate", Inputs.text(e.getExitDate()));
        m.put("dueOn", Inputs.text(f.dueOn()));
        m.put("overdue", f.isOverdue());
        m.put("agreesToBeContacted", f.agreesToBeContacted());
        m.put("contactConsent", f.contact().name());
        m.put("mayContact", f.mayContact());
        m.put("attempts", f.attempts().count());
        m.put("contactState", f.attempts().state().name());
        if (f.mayContact() && l.getPhone() != null) {
            m.put("phone", l.getPhone());
        }
        if (f.mayContact() && l.getEmail() != null) {
            m.put("email", l.getEmail());
        }
        return m;
    }

    /** Records an observation; every field is checked at once (400), a second one for the same exit is 409. */
    @POST
    @Takes({"learnerId", "enrolmentId", "timing", "observedOn", "source", "jobSearching", "inEducationOrTraining", "gainedQualification", "employed", "contractType", "betterSituation", "inactive", "unknown", "note"})
    public Response record(OutcomeJson json) {
        Outcome o = outcomes.record(request(json, null));
        return Response.created(URI.create("outcomes/" + o.getId())).entity(OutcomeJson.of(o)).build();
    }

    /** Corrects an observation; {@code version}, when given, must be the stored one (409 otherwise). */
    @PUT
    @Path("{id}")
    @Takes({"timing", "observedOn", "source", "jobSearching", "inEducationOrTraining", "gainedQualification", "employed", "contractType", "betterSituation", "inactive", "unknown", "note", "version"})
    public OutcomeJson correct(@PathParam("id") long id, OutcomeJson json) {
        Inputs.body(json, () -> outcomes.get(id));
        OutcomeRequest r = request(json, outcomes.get(id).getTiming());
        return OutcomeJson.of(outcomes.correct(id, r, json.version()));
    }

    /** The request, every field checked at once; {@code stored} is the timing of the outcome being corrected. */
    private OutcomeRequest request(OutcomeJson json, OutcomeTiming stored) {
        Inputs.body(json);
        Inputs in = new Inputs();
        if (stored == null && json.learnerId() == null && json.enrolmentId() == null) {
            in.add("learnerId", "give the learner (their latest exit is used) or the enrolment");
        }
        OutcomeTiming given = json.timing() == null ? null : in.choice("timing", json.timing(), OutcomeTiming.class);
        OutcomeTiming timing = stored == null ? in.required("timing", given) : stored;
        if (stored != null && given != null && given != stored) {
            in.add("timing", "an outcome keeps its timing: record a new one for the other timing");
        }
        var observedOn = in.required("observedOn", in.date("observedOn", json.observedOn()));
        OutcomeSource source = in.required("source", in.choice("source", json.source(), OutcomeSource.class));
        ContractType contract = in.choice("contractType", json.contractType(), ContractType.class);
        if (json.note() != null && json.note().length() > 500) {
            in.add("note", "must be at most 500 characters");
        }
        Situation situation = new Situation(yes(json.jobSearching()), yes(json.inEducationOrTraining()),
                yes(json.gainedQualification()), yes(json.employed()), contract, yes(json.betterSituation()),
                yes(json.inactive()), yes(json.unknown()));
        if (timing != null && (json.contractType() == null || contract != null)) {
            for (OutcomeProblem p : situation.problems(timing)) {
                in.add(p.field(), p.message());
            }
        }
        in.check();
        return new OutcomeRequest(json.learnerId(), json.enrolmentId(), timing, observedOn, situation, source, json.note());
    }

    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
