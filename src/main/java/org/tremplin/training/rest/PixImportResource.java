package org.tremplin.training.rest;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.rest.BodyLimit;
import org.tremplin.shared.rest.FieldError;
import org.tremplin.shared.rest.ImportReplies;
import org.tremplin.shared.rest.Inputs;
import org.tremplin.shared.rest.Problem;
import org.tremplin.training.application.PixCampaign;
import org.tremplin.training.application.PixImportService;
import org.tremplin.training.domain.AssessmentKind;
import org.tremplin.training.domain.PixMapping;

/**
 * {@code POST /api/assessments/import/pix?kind=&dryRun=&match=LINE:ID} with a Pix Orga profile-collection
 * export as the body. Each matched participant becomes a PIX assessment; the others are listed with why.
 * {@code dryRun=true} previews; {@code match=12:345} settles line 12 as learner 345, {@code match=12:skip}
 * leaves it out. A row in error: 400 naming each line, nothing stored.
 */
@Path("assessments/import/pix")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class PixImportResource {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    PixImportService imports;

    /** A row not imported, and why. */
    public record RowJson(int line, String name, String status, Long learnerId, List<PixImportService.Candidate> candidates,
            String reason) {
    }

    public record ReportJson(String campaign, boolean dryRun, int rows, int imported, long alreadyImported,
            List<RowJson> notImported, List<String> unrecognisedColumns) {
    }

    @POST
    @BodyLimit.Max(MAX_BYTES)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importPix(@QueryParam("kind") String kind, @QueryParam("dryRun") String dryRun,
            @QueryParam("match") List<String> match, byte[] file) {
        Inputs in = new Inputs();
        AssessmentKind assessmentKind = kind == null ? AssessmentKind.ENTRY : in.choice("kind", kind, AssessmentKind.class);
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            in.add("dryRun", "must be true or false, got \"" + Inputs.shorten(dryRun) + "\"");
        }
        Map<Integer, Long> choices = choices(in, match);
        ImportReplies.checkBody(in, file);
        in.check();
        PixCampaign campaign = PixCampaign.read(file, PixMapping.standard(), LocalDate.now());
        campaign.fileProblem().ifPresent(problem -> {
            in.add("body", PixCampaign.wording("pix.file." + problem, Locale.ENGLISH));
            in.check();
        });
        boolean preview = "true".equals(dryRun);
        PixImportService.Report report = preview ? imports.preview(campaign, choices)
                : imports.importCampaign(campaign, choices, assessmentKind);
        if (report.hasErrors()) {
            List<FieldError> errors = report.errors().stream().map(r -> new FieldError("line " + r.line(),
                    String.join("; ", r.problems().stream().map(p -> p.text(Locale.ENGLISH)).toList()))).toList();
            return Problem.response(Response.Status.BAD_REQUEST, errors.size() + " line(s) are not valid; nothing was "
                    + "imported.", errors);
        }
        List<RowJson> notImported = report.notImported().stream().map(r -> new RowJson(r.line(), r.participant().name(),
                r.status().name(), r.learner() == null ? null : r.learner().id(), r.candidates(), reason(r))).toList();
        return Response.ok(new ReportJson(report.campaign(), preview, report.rows().size(),
                preview ? (int) report.count(PixImportService.Status.MATCHED) : report.imported(),
                report.count(PixImportService.Status.ALREADY_IMPORTED), notImported, report.unrecognisedColumns()))
                .type(MediaType.APPLICATION_JSON).build();
    }

    private static String reason(PixImportService.Row r) {
        String why = PixCampaign.wording("PixStatus." + r.status().name(), Locale.ENGLISH);
        return r.problems().isEmpty() ? why
                : why + " (" + String.join("; ", r.problems().stream().map(p -> p.text(Locale.ENGLISH)).toList()) + ")";
    }

    /** {@code LINE:ID} or {@code LINE:skip}, one per settled row. */
    private static Map<Integer, Long> choices(Inputs in, List<String> match) {
        Map<Integer, Long> choices = new LinkedHashMap<>();
        for (String m : match == null ? List.<String>of() : match) {
            String[] parts = m.split(":", -1);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                int line = Integer.parseInt(parts[0].strip());
                choices.put(line, "skip".equalsIgnoreCase(parts[1].strip()) ? null : Long.valueOf(parts[1].strip()));
            } catch (NumberFormatException e) {
                in.add("match", "must be LINE:LEARNER_ID or LINE:skip (e.g. 3:1042), got \"" + Inputs.shorten(m) + "\"");
            }
        }
        return choices;
    }
}
