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
import org.tremplin.equipment.application.EquipmentImportService;
import org.tremplin.identity.domain.Role;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;
import org.tremplin.shared.rest.BodyLimit;
import org.tremplin.shared.rest.ImportReplies;
import org.tremplin.shared.rest.Inputs;

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
    @BodyLimit.Max(MAX_BYTES)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importItems(@QueryParam("siteId") Long siteId, @QueryParam("mode") String mode, byte[] file) {
        Inputs in = new Inputs();
        in.reference("siteId", siteId, () -> programmes.site(siteId));
        ImportMode importMode = ImportReplies.mode(in, mode);
        ImportReplies.checkBody(in, file);
        in.check();
        ImportReport report = imports.importFile(file, siteId, importMode);
        return ImportReplies.of(report, importMode);
    }
}
