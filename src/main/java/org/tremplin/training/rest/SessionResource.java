package org.tremplin.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Paging;
import org.tremplin.shared.rest.Takes;
import org.tremplin.training.application.AttendanceService;
import org.tremplin.training.application.SessionRequest;
import org.tremplin.training.application.SessionService;
import org.tremplin.training.domain.AttendanceRegister;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.SessionFilter;
import org.tremplin.training.domain.TrainingSession;

/**
 * Sessions and their registers. Coordinators plan the sessions of their sites; a trainer reads and
 * takes the attendance of the sessions they lead (any other session is 404).
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    /** Filters: cohortId, trainer, from, to (dates), cancelled (default true: listed); total in X-Total-Count. */
    @GET
    public Response list(@QueryParam("cohortId") Long cohortId, @QueryParam("trainer") String trainer,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cancelled") @DefaultValue("true") boolean cancelled, @BeanParam Paging paging) {
        Inputs in = new Inputs();
        LocalDate start = in.date("from", from);
        LocalDate end = in.date("to", to);
        if (trainer != null && trainer.length() > 40) {
            in.add("trainer", "must be at most 40 characters");
        }
        in.check();
        Page<TrainingSession> page = sessions.search(new SessionFilter(cohortId, trainer, start, end, cancelled),
                paging.first(), paging.size());
        return Response.ok(page.items().stream().map(SessionJson::of).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    public SessionJson get(@PathParam("id") long id) {
        return SessionJson.of(sessions.get(id));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"cohortId", "date", "startTime", "endTime", "trainer", "place", "topic", "competences", "weeks"})
    public Response create(SessionJson json) {
        TrainingSession s = sessions.create(request(json, false)).get(0);
        return Response.created(URI.create("sessions/" + s.getId())).entity(SessionJson.of(s)).build();
    }

    /** A weekly series: {@code date} is the first session, {@code weeks} 1–52, {@code skip} the dates without one. */
    @POST
    @Path("series")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"cohortId", "date", "startTime", "endTime", "trainer", "place", "topic", "competences", "weeks", "skip"})
    public Response createSeries(SessionJson json) {
        List<TrainingSession> created = sessions.create(request(json, true));
        return Response.status(Response.Status.CREATED).entity(created.stream().map(SessionJson::of).toList()).build();
    }

    /** Moves or re-describes a session; {@code version} as last read. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Takes({"date", "startTime", "endTime", "trainer", "place", "topic", "competences", "version"})
    public SessionJson update(@PathParam("id") long id, SessionJson json) {
        SessionRequest r = request(json, false, () -> sessions.get(id));
        return SessionJson.of(sessions.update(id, json.version(), r));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SessionJson cancel(@PathParam("id") long id) {
        return SessionJson.of(sessions.cancel(id));
    }

    /** The register: every member of the cohort on the day, with the line recorded (status null: not yet). */
    @GET
    @Path("{id}/attendance")
    public List<AttendanceJson> register(@PathParam("id") long id) {
        AttendanceService.Register r = attendance.register(id);
        int minutes = r.session().minutes();
        return r.members().stream().map(l -> {
            AttendanceRegister.Stored line = r.lines().get(l.getId());
            if (line == null) {
                return new AttendanceJson(l.getId(), l.getFirstName(), l.getLastName(), null, null, null, null, null,
                        null, null);
            }
            return new AttendanceJson(l.getId(), l.getFirstName(), l.getLastName(), Inputs.text(line.status()),
                    line.status().followed() ? minutes : 0, line.remark(), line.clientId(), null, line.by(),
                    line.at() == null ? null : line.at().toString());
        }).toList();
    }

    /**
     * {@code [{learnerId, status, remark?, clientId?, seenAt?}]}: every line checked first; all stored or none. A mark
     * whose clientId the line holds already is a resend and changes nothing.
     */
    @PUT
    @Path("{id}/attendance")
    @Takes({"learnerId", "status", "remark", "clientId", "seenAt"})
    public List<AttendanceJson> take(@PathParam("id") long id, List<AttendanceJson> lines) {
        Inputs.body(lines, () -> sessions.get(id));
        Inputs in = new Inputs();
        Map<Long, AttendanceRegister.Mark> marks = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            AttendanceJson line = lines.get(i);
            String at = "[" + i + "]";
            if (line == null) {
                in.add(at, "must be an object {learnerId, status}");
                continue;
            }
            Long learner = in.required(at + ".learnerId", line.learnerId());
            AttendanceStatus status = in.required(at + ".status", in.choice(at + ".status", line.status(), AttendanceStatus.class));
            if (line.remark() != null && line.remark().strip().length() > AttendanceRegister.REMARK_LENGTH) {
                in.add(at + ".remark", "must be at most " + AttendanceRegister.REMARK_LENGTH + " characters");
            }
            if (line.clientId() != null && !CLIENT_ID.matcher(line.clientId()).matches()) {
                in.add(at + ".clientId", "must be 1 to 64 letters, digits or dashes (a UUID will do)");
            }
            var seenAt = in.instant(at + ".seenAt", line.seenAt());
            if (learner != null && marks.put(learner, new AttendanceRegister.Mark(status, line.remark(), line.clientId(),
                    seenAt)) != null) {
                in.add(at + ".learnerId", "learner " + learner + " is given twice");
            }
        }
        if (lines.isEmpty()) {
            in.add("lines", "give at least one line {learnerId, status}");
        }
        in.checkAddressed(() -> sessions.get(id));
        attendance.take(id, marks);
        return register(id);
    }

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private SessionRequest request(SessionJson json, boolean series) {
        return request(json, series, () -> { });
    }

    /** The request of a body; {@code findAddressed} looks up the session the address names (none for a new one). */
    private SessionRequest request(SessionJson json, boolean series, Runnable findAddressed) {
        Inputs.body(json, findAddressed);
        Inputs in = new Inputs();
        var date = in.required("date", in.date("date", json.date()));
        var start = in.required("startTime", in.time("startTime", json.startTime()));
        var end = in.required("endTime", in.time("endTime", json.endTime()));
        if (start != null && end != null && !end.isAfter(start)) {
            in.add("endTime", "the session must end after it starts: give an end time after " + start);
        }
        in.required("topic", json.topic());
        in.required("trainer", json.trainer());
        if (json.topic() != null && json.topic().length() > 200) {
            in.add("topic", "must be at most 200 characters");
        }
        if (json.place() != null && json.place().length() > 120) {
            in.add("place", "must be at most 120 characters");
        }
        Set<String> known = sessions.competences().stream().map(Competence::getCode).collect(Collectors.toSet());
        List<String> codes = json.competences() == null ? List.of() : json.competences();
        for (String code : codes) {
            if (code == null || !known.contains(code)) {
                in.add("competences", "unknown DigComp 2.2 competence \"" + code + "\": use codes 1.1 to 5.4");
            }
        }
        int weeks = 1;
        List<LocalDate> skip = new ArrayList<>();
        if (series) {
            Integer w = in.required("weeks", json.weeks());
            if (w != null && (w < 1 || w > TrainingSession.MAX_WEEKS)) {
                in.add("weeks", "must be from 1 to " + TrainingSession.MAX_WEEKS);
            } else if (w != null) {
                weeks = w;
            }
            if (json.skip() != null) {
                json.skip().forEach(d -> {
                    LocalDate day = in.date("skip", d);
                    if (day != null) {
                        skip.add(day);
                    }
                });
            }
        } else if (json.weeks() != null && json.weeks() != 1) {
            in.add("weeks", "POST sessions/series to create a weekly series");
        }
        in.checkAddressed(findAddressed);
        return new SessionRequest(json.cohortId(), date, start, end, json.trainer(), json.place(), json.topic(),
                codes, weeks, skip);
    }
}
