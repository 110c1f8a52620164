package org.tremplin.learner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.importing.ImportMode;
import org.tremplin.learner.application.importing.ImportPlan;
import org.tremplin.learner.application.importing.ImportReport;
import org.tremplin.learner.application.importing.LearnerImportService;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.rest.FieldError;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Problem;

/**
 * {@code POST /api/learners/import?siteId=&cohortId=&entryDate=&mode=} with a CSV body (UTF-8 or
 * Windows-1252, comma or semicolon). All-or-nothing with bad rows: 400 listing each line, nothing
 * stored. Valid-rows-only: 200 with the count stored and the refused lines.
 */
@Path("learners/import")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class LearnerImportResource {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    LearnerImportService imports;

    @Inject
    ProgrammeService programmes;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importLearners(@QueryParam("siteId") Long siteId, @QueryParam("cohortId") Long cohortId,
            @QueryParam("entryDate") String entryDate, @QueryParam("mode") String mode, byte[] file) {
        Inputs in = new Inputs();
        Site site = in.reference("siteId", siteId, () -> programmes.site(siteId));
        Cohort cohort = cohortId == null ? null : in.reference("cohortId", cohortId, () -> programmes.cohort(cohortId));
        if (site != null && cohort != null && !cohort.getSite().getId().equals(site.getId())) {
            in.add("cohortId", "the cohort is not at this site");
        }
        LocalDate entry = in.date("entryDate", entryDate);
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING : in.choice("mode", mode, ImportMode.class);
        if (file == null || file.length == 0) {
            in.add("body", "send the CSV file as the request body");
        } else if (file.length > MAX_BYTES) {
            in.add("body", "the file is larger than 20 MB: split it");
        }
        in.check();
        ImportPlan plan = ImportPlan.read(file);
        plan.mappingProblem().ifPresent(problem -> {
            in.add("body", "import.empty".equals(problem) ? "the file has no header row"
                    : "the header row must name the last-name and first-name columns (e.g. nom;prenom)");
            in.check();
        });
        ImportReport report = imports.importFile(plan, site, cohort, entry, importMode, null);
        if (importMode == ImportMode.ALL_OR_NOTHING && report.hasErrors()) {
            List<FieldError> errors = report.errors().stream()
                    .map(e -> new FieldError("line " + e.line(), String.join("; ", e.messages()))).toList();
            return Problem.response(Response.Status.BAD_REQUEST, report.errors().size()
                    + " line(s) are not valid; nothing was imported.", errors);
        }
        return Response.ok(report).type(MediaType.APPLICATION_JSON).build();
    }
}
