package org.tremplin.equipment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import org.tremplin.equipment.application.LendRequest;
import org.tremplin.equipment.application.LoanReminders;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.application.ReturnRequest;
import org.tremplin.equipment.domain.EquipmentCondition;
import org.tremplin.equipment.domain.Loan;
import org.tremplin.equipment.domain.LoanFilter;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.infrastructure.PersonMessenger;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Paging;
import org.tremplin.shared.rest.Takes;

/** Loans: POST to lend (409 when the item is not available), POST {id}/return to give back. */
@Path("loans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class LoanResource {

    @Inject
    LoanService loans;

    @Inject
    LoanReminders reminders;

    /** Filters: learnerId, equipmentId, siteId, open, overdue; open ones by due date, others newest first. */
    @GET
    public Response list(@QueryParam("learnerId") Long learnerId, @QueryParam("equipmentId") Long equipmentId,
            @QueryParam("siteId") Long siteId, @QueryParam("open") boolean open, @QueryParam("overdue") boolean overdue,
            @BeanParam Paging paging) {
        Page<Loan> page = loans.search(new LoanFilter(learnerId, equipmentId, siteId, open || overdue, overdue),
                paging.first(), paging.size());
        return Response.ok(page.items().stream().map(LoanJson::of).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    public LoanJson get(@PathParam("id") long id) {
        return LoanJson.of(loans.get(id));
    }

    @POST
    @Takes({"learnerId", "equipmentId", "assetTag", "outDate", "dueDate", "conditionOut", "accessories", "agreementSigned"})
    public Response lend(LoanJson json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        in.required("learnerId", json.learnerId());
        if (json.equipmentId() == null && (json.assetTag() == null || json.assetTag().isBlank())) {
            in.add("equipmentId", "give equipmentId or assetTag");
        }
        var out = in.date("outDate", json.outDate());
        var due = in.date("dueDate", json.dueDate());
        var condition = in.choice("conditionOut", json.conditionOut(), EquipmentCondition.class);
        if (out != null && due != null && due.isBefore(out)) { // the request alone shows it (vs. a stored hand-over: 409)
            in.add("dueDate", "the due date is before the hand-over date " + out);
        }
        in.check();
        Loan loan = loans.lend(new LendRequest(json.learnerId(), json.equipmentId(), json.assetTag(), out, due, condition,
                json.accessories(), Boolean.TRUE.equals(json.agreementSigned())));
        return Response.created(URI.create("loans/" + loan.getId())).entity(LoanJson.of(loan)).build();
    }

    /** Extends the due date or records the signed agreement. */
    @PUT
    @Path("{id}")
    @Takes({"dueDate", "agreementSigned", "version"})
    public LoanJson update(@PathParam("id") long id, LoanJson json) {
        Inputs.body(json, () -> loans.get(id));
        Inputs in = new Inputs();
        var due = in.date("dueDate", json.dueDate());
        in.checkAddressed(() -> loans.get(id));
        return LoanJson.of(loans.update(id, json.version(), due, Boolean.TRUE.equals(json.agreementSigned())));
    }

    /**
     * {@code {"returnedDate", "conditionIn", "dataWiped", "damageNotes", "missingAccessories", "toRepair"}}: conditionIn
     * and dataWiped are required; missingAccessories lists those handed over that did not come back; toRepair
     * (for a damaged item, default true) false puts it back to available.
     */
    @POST
    @Path("{id}/return")
    @Takes({"returnedDate", "conditionIn", "dataWiped", "damageNotes", "missingAccessories", "toRepair"})
    public LoanJson giveBack(@PathParam("id") long id, LoanJson json) {
        Inputs.body(json, () -> loans.get(id));
        Inputs in = new Inputs();
        var date = in.date("returnedDate", json.returnedDate());
        var condition = in.required("conditionIn", in.choice("conditionIn", json.conditionIn(), EquipmentCondition.class));
        in.required("dataWiped", json.dataWiped());
        in.checkAddressed(() -> loans.get(id));
        return LoanJson.of(loans.giveBack(id, new ReturnRequest(date, condition, json.dataWiped(), json.damageNotes(),
                json.missingAccessories(), json.toRepair())));
    }

    /** "Send a reminder now" to the borrower (e-mail and SMS where they have them): {@code {channels, failures}}; 409 without any. */
    @POST
    @Path("{id}/remind")
    public PersonMessenger.Delivery remind(@PathParam("id") long id) {
        return loans.remindNow(id);
    }

    /** Sends the daily overdue reminders now (the schedule does it at 7:00); admins only. */
    @POST
    @Path("reminders")
    @RolesAllowed(Role.ADMIN_NAME)
    public LoanReminders.Report sendReminders() {
        return reminders.send(LocalDate.now());
    }
}
