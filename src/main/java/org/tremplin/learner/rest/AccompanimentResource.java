package org.tremplin.learner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.AccompanimentRequest;
import org.tremplin.learner.application.AccompanimentService;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.domain.AccompanimentEquipment;
import org.tremplin.learner.domain.AccompanimentTopic;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Takes;

/**
 * One-off accompaniments: {@code POST accompaniments {siteId, happenedOn?, topic, durationMinutes, equipmentUsed,
 * firstName?, note?}} (201); {@code GET accompaniments?first=&size=} newest first, total in {@code X-Total-Count};
 * {@code GET accompaniments/activity?from=&to=} per site: accompaniments and minutes (default: this month).
 */
@Path("accompaniments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class AccompanimentResource {

    public record AccompanimentJson(Long siteId, String happenedOn, String topic, Integer durationMinutes,
            String equipmentUsed, String firstName, String note) {
    }

    @Inject
    AccompanimentService accompaniments;

    @POST
    @Takes({"siteId", "happenedOn", "topic", "durationMinutes", "equipmentUsed", "firstName", "note"})
    public Response record(AccompanimentJson json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        in.required("siteId", json.siteId());
        LocalDate on = in.date("happenedOn", json.happenedOn());
        AccompanimentTopic topic = in.required("topic", in.choice("topic", json.topic(), AccompanimentTopic.class));
        AccompanimentEquipment used = in.required("equipmentUsed", in.choice("equipmentUsed", json.equipmentUsed(),
                AccompanimentEquipment.class));
        if (in.required("durationMinutes", json.durationMinutes()) != null
                && (json.durationMinutes() < 1 || json.durationMinutes() > Accompaniment.MAX_MINUTES)) {
            in.add("durationMinutes", "must be between 1 and " + Accompaniment.MAX_MINUTES);
        }
        if (json.firstName() != null && json.firstName().length() > 80) {
            in.add("firstName", "must be at most 80 characters");
        }
        if (json.note() != null && json.note().length() > Accompaniment.NOTE_MAX) {
            in.add("note", "must be at most " + Accompaniment.NOTE_MAX + " characters");
        }
        in.check();
        Accompaniment a = accompaniments.record(new AccompanimentRequest(json.siteId(), on, topic, json.durationMinutes(),
                used, json.firstName(), json.note()));
        return Response.created(URI.create("accompaniments/" + a.getId())).entity(of(a)).build();
    }

    @GET
    public Response list(@QueryParam("first") Integer first, @QueryParam("size") Integer size) {
        int from = first == null ? 0 : first;
        int count = size == null ? 50 : size;
        Inputs in = new Inputs();
        if (from < 0) {
            in.add("first", "must be 0 or more");
        }
        if (count < 1 || count > 200) {
            in.add("size", "must be between 1 and 200");
        }
        in.check();
        return Response.ok(accompaniments.page(from, count).stream().map(AccompanimentResource::of).toList())
                .header("X-Total-Count", accompaniments.count()).build();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        return of(accompaniments.get(id));
    }

    @GET
    @Path("activity")
    public List<AccompanimentService.SiteActivity> activity(@QueryParam("from") String from, @QueryParam("to") String to) {
        Inputs in = new Inputs();
        LocalDate today = LocalDate.now();
        LocalDate start = in.date("from", from);
        LocalDate end = in.date("to", to);
        in.check();
        start = start == null ? today.withDayOfMonth(1) : start;
        end = end == null ? today : end;
        if (end.isBefore(start)) {
            in.add("to", "must be on or after from");
            in.check();
        }
        return accompaniments.activity(start, end);
    }

    private static Map<String, Object> of(Accompaniment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("siteId", a.getSite().getId());
        m.put("happenedOn", Inputs.text(a.getHappenedOn()));
        m.put("topic", a.getTopic().name());
        m.put("durationMinutes", a.getDurationMinutes());
        m.put("equipmentUsed", a.getEquipmentUsed().name());
        if (a.getFirstName() != null) {
            m.put("firstName", a.getFirstName());
        }
        if (a.getNote() != null) {
            m.put("note", a.getNote());
        }
        if (a.getLearner() != null) {
            m.put("learnerId", a.getLearner().getId());
        }
        m.put("recordedBy", a.getRecordedBy());
        return m;
    }
}
