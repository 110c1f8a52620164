package org.tremplin.equipment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
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
import org.tremplin.equipment.application.EquipmentService;
import org.tremplin.equipment.domain.Equipment;
import org.tremplin.equipment.domain.EquipmentAction;
import org.tremplin.equipment.domain.EquipmentFilter;
import org.tremplin.equipment.domain.EquipmentStatus;
import org.tremplin.equipment.domain.EquipmentType;
import org.tremplin.identity.domain.Role;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Paging;
import org.tremplin.shared.rest.Takes;

/** The inventory of the caller's sites; {@code POST {id}/actions} moves an item through its life. */
@Path("equipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class EquipmentResource {

    @Inject
    EquipmentService equipment;

    @Inject
    ProgrammeService programmes;

    @Inject
    Validator validator;

    /** Filters: text (tag, serial, make, model), type, status, siteId, overdue; total in {@code X-Total-Count}. */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("siteId") Long siteId, @QueryParam("overdue") boolean overdue, @BeanParam Paging paging) {
        Inputs in = new Inputs();
        var kind = in.choice("type", type, EquipmentType.class);
        var state = in.choice("status", status, EquipmentStatus.class);
        if (q != null && q.length() > 100) {
            in.add("q", "must be at most 100 characters");
        }
        in.check();
        Page<Equipment> page = equipment.search(new EquipmentFilter(q, kind, state, siteId, overdue), paging.first(), paging.size());
        return Response.ok(page.items().stream().map(EquipmentJson::of).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    public EquipmentJson get(@PathParam("id") long id) {
        return EquipmentJson.of(equipment.get(id));
    }

    @POST
    @Takes({"assetTag", "type", "make", "model", "serialNumber", "siteId", "condition", "notes", "replacementValue", "accessories"})
    public Response create(EquipmentJson json) {
        Inputs.body(json);
        Equipment saved = equipment.save(json.applyTo(new Equipment(null, null, null), programmes, validator));
        return Response.created(URI.create("equipment/" + saved.getId())).entity(EquipmentJson.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @Takes({"assetTag", "type", "make", "model", "serialNumber", "siteId", "condition", "notes", "replacementValue", "accessories", "version"})
    public EquipmentJson update(@PathParam("id") long id, EquipmentJson json) {
        Inputs.body(json, () -> equipment.get(id));
        Equipment item = equipment.get(id);
        item.checkVersion(json.version());
        return EquipmentJson.of(equipment.save(json.applyTo(item, programmes, validator)));
    }

    /** {@code {"action": "TO_REPAIR|REPAIRED|LOST|FOUND|RETIRED", "note": "…"}}; 409 when the status does not allow it. */
    @POST
    @Path("{id}/actions")
    @Takes({"action", "note"})
    public EquipmentJson act(@PathParam("id") long id, ActionJson json) {
        Inputs.body(json, () -> equipment.get(id));
        Inputs in = new Inputs();
        var action = in.required("action", in.choice("action", json.action(), EquipmentAction.class));
        if (json.note() != null && json.note().length() > 500) {
            in.add("note", "must be at most 500 characters");
        }
        in.checkAddressed(() -> equipment.get(id));
        return EquipmentJson.of(equipment.apply(id, action, json.note()));
    }

    /** The item's history, newest first. */
    @GET
    @Path("{id}/history")
    public List<EventJson> history(@PathParam("id") long id) {
        return equipment.history(id).stream().map(e -> new EventJson(e.getAction().name(), e.getOccurredAt().toString(),
                e.getDoneBy(), e.getNote(), e.getLoan() == null ? null : e.getLoan().getId())).toList();
    }

    public record ActionJson(String action, String note) {
    }

    public record EventJson(String action, String occurredAt, String by, String note, Long loanId) {
    }
}
