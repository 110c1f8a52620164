package org.tremplin.equipment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tremplin.equipment.application.EquipmentImportService;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.importing.ImportMode;
import org.tremplin.learner.application.importing.ImportReport;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.rest.FieldError;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Problem;

/**
 * {@code POST /api/equipment/import?siteId=&mode=} with the CSV as body: as the learner import, a
 * 400 naming each bad line when all-or-nothing finds one (nothing stored), else the report.
 */
@Path("equipment/import")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class EquipmentImportResource {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    EquipmentImportService imports;

    @Inject
    ProgrammeService programmes;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importItems(@QueryParam("siteId") Long siteId, @QueryParam("mode") String mode, byte[] file) {
        Inputs in = new Inputs();
        in.reference("siteId", siteId, () -> programmes.site(siteId));
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING : in.choice("mode", mode, ImportMode.class);
        if (file == null || file.length == 0) {
            in.add("body", "send the CSV file as the request body");
        } else if (file.length > MAX_BYTES) {
            in.add("body", "the file is larger than 5 MB: split it");
        }
        in.check();
        ImportReport report = imports.importFile(file, siteId, importMode);
        if (importMode == ImportMode.ALL_OR_NOTHING && report.hasErrors()) {
            List<FieldError> errors = report.errors().stream()
                    .map(e -> new FieldError("line " + e.line(), String.join("; ", e.messages()))).toList();
            return Problem.response(Response.Status.BAD_REQUEST, report.errors().size()
                    + " line(s) are not valid; nothing was imported.", errors);
        }
        return Response.ok(report).type(MediaType.APPLICATION_JSON).build();
    }
}
