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
import org.tremplin.identity.domain.Role;
import org.tremplin.learner.application.importing.ImportPlan;
import org.tremplin.learner.application.importing.LearnerImportService;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;
import org.tremplin.shared.rest.BodyLimit;
import org.tremplin.shared.rest.ImportReplies;
import org.tremplin.shared.rest.Inputs;

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
    @BodyLimit.Max(MAX_BYTES)
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
        ImportMode importMode = ImportReplies.mode(in, mode);
        ImportReplies.checkBody(in, file);
        in.check();
        ImportPlan plan = ImportPlan.read(file);
        plan.mappingProblem().ifPresent(problem -> {
            in.add("body", "import.empty".equals(problem) ? "the file has no header row"
                    : "the header row must name the last-name and first-name columns (e.g. nom;prenom)");
            in.check();
        });
        ImportReport report = imports.importFile(plan, site, cohort, entry, importMode, null);
        return ImportReplies.of(report, importMode);
    }
}
