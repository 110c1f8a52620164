package org.tremplin.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditEvent;
import org.tremplin.audit.domain.AuditFilter;
import org.tremplin.audit.domain.ChainCheck;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.infrastructure.CsvWriter;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Paging;

/** The audit trail, for admins: search (JSON, or the whole selection as CSV) and the chain check. */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** Newest first; total in {@code X-Total-Count}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@BeanParam Query query, @BeanParam Paging paging) {
        AuditFilter filter = query.filter();
        List<Map<String, Object>> items = trail.page(filter, paging.first(), paging.size()).stream()
                .map(AuditResource::json).toList();
        return Response.ok(items).header("X-Total-Count", trail.count(filter)).build();
    }

    /** The selection, oldest first, as a CSV attachment. */
    @GET
    @Produces("text/csv")
    public Response export(@BeanParam Query query) {
        return Response.ok(trail.csv(query.filter()), CsvWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    /** Walks the chain: {@code intact}, events checked, and the first broken event with the reason. */
    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> verify() {
        ChainCheck check = trail.verify();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", check.isIntact());
        json.put("checked", check.checked());
        json.put("brokenAt", check.brokenAt());
        json.put("reason", check.reason());
        return json;
    }

    static Map<String, Object> json(AuditEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", e.seq());
        json.put("at", e.at().toString() + "Z");
        json.put("actor", e.actor());
        json.put("action", e.action().name());
        json.put("targetType", e.targetType());
        json.put("targetId", e.targetId());
        json.put("detail", e.detail());
        json.put("hash", e.hash());
        return json;
    }

    /** The filter's query parameters, each checked. */
    public static class Query {
        @QueryParam("actor")
        String actor;
        @QueryParam("action")
        String action;
        @QueryParam("targetType")
        String targetType;
        @QueryParam("targetId")
        Long targetId;
        @QueryParam("from")
        String from;
        @QueryParam("to")
        String to;

        AuditFilter filter() {
            Inputs in = new Inputs();
            AuditAction a = action == null ? null : in.choice("action", action, AuditAction.class);
            var f = in.date("from", from);
            var t = in.date("to", to);
            if (actor != null && actor.length() > 100) {
                in.add("actor", "must be at most 100 characters");
            }
            if (targetType != null && targetType.length() > 60) {
                in.add("targetType", "must be at most 60 characters");
            }
            if (f != null && t != null && t.isBefore(f)) {
                in.add("to", "must not be before from");
            }
            in.check();
            return new AuditFilter(actor, a, targetType, targetId, f, t);
        }
    }
}
