package org.tremplin.outcome.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tremplin.identity.domain.Role;
import org.tremplin.outcome.application.AttemptRequest;
import org.tremplin.outcome.application.FollowUpService;
import org.tremplin.outcome.domain.ContactAttempt;
import org.tremplin.outcome.domain.ContactChannel;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Takes;

/**
 * Attempts to reach a person for a follow-up. {@code POST outcomes/attempts {enrolmentId, timing, at?, channel,
 * reached, note?}} logs one (201 with where the follow-up stands: {@code state} NOT_TRIED, TRYING, REACHED or
 * UNREACHABLE, and every attempt); {@code GET outcomes/attempts?enrolmentId=&timing=} reads them.
 */
@Path("outcomes/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class AttemptResource {

    public record AttemptJson(Long enrolmentId, String timing, String at, String channel, Boolean reached, String note) {
    }

    @Inject
    FollowUpService followUps;

    @POST
    @Takes({"enrolmentId", "timing", "at", "channel", "reached", "note"})
    public Response log(AttemptJson json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        in.required("enrolmentId", json.enrolmentId());
        OutcomeTiming timing = in.required("timing", in.choice("timing", json.timing(), OutcomeTiming.class));
        ContactChannel channel = in.required("channel", in.choice("channel", json.channel(), ContactChannel.class));
        Instant at = in.instant("at", json.at());
        in.required("reached", json.reached());
        if (json.note() != null && json.note().length() > ContactAttempt.NOTE_MAX) {
            in.add("note", "must be at most " + ContactAttempt.NOTE_MAX + " characters");
        }
        in.check();
        FollowUpService.Attempts attempts = followUps.attempt(new AttemptRequest(json.enrolmentId(), timing,
                at == null ? null : LocalDateTime.ofInstant(at, ZoneId.systemDefault()), channel, json.reached(), json.note()));
        return Response.created(URI.create("outcomes/attempts?enrolmentId=" + json.enrolmentId() + "&timing=" + timing))
                .entity(of(json.enrolmentId(), timing, attempts)).build();
    }

    @GET
    public Map<String, Object> list(@QueryParam("enrolmentId") Long enrolmentId, @QueryParam("timing") String timing) {
        Inputs in = new Inputs();
        in.required("enrolmentId", enrolmentId);
        OutcomeTiming t = in.required("timing", in.choice("timing", timing, OutcomeTiming.class));
        in.check();
        return of(enrolmentId, t, followUps.attempts(enrolmentId, t));
    }

    private static Map<String, Object> of(Long enrolmentId, OutcomeTiming timing, FollowUpService.Attempts attempts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enrolmentId", enrolmentId);
        m.put("timing", timing.name());
        m.put("state", attempts.history().state().name());
        m.put("unreachableAfter", attempts.history().limit());
        m.put("attempts", attempts.list().stream().map(AttemptResource::line).toList());
        return m;
    }

    static Map<String, Object> line(ContactAttempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("at", a.getAttemptedAt().atZone(ZoneId.systemDefault()).toOffsetDateTime().toString());
        m.put("channel", a.getChannel().name());
        m.put("reached", a.isReached());
        if (a.getNote() != null) {
            m.put("note", a.getNote());
        }
        m.put("recordedBy", a.getRecordedBy());
        return m;
    }
}
