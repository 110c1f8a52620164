package org.tremplin.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;

/** What every CSV import of the API checks of its body and answers (learners, equipment). */
public final class ImportReplies {

    private ImportReplies() {
    }

    /** The import mode of the query ({@code mode=}), all or nothing unless told. */
    public static ImportMode mode(Inputs in, String mode) {
        return mode == null ? ImportMode.ALL_OR_NOTHING : in.choice("mode", mode, ImportMode.class);
    }

    /** The body must hold a file (its size is bounded before it is read: {@link BodyLimit.Max} on the route). */
    public static void checkBody(Inputs in, byte[] file) {
        if (file == null || file.length == 0) {
            in.add("body", "send the CSV file as the request body");
        }
    }

    /** All-or-nothing with bad lines: 400 naming each line (nothing was stored); otherwise the report. */
    public static Response of(ImportReport report, ImportMode mode) {
        if (mode == ImportMode.ALL_OR_NOTHING && report.hasErrors()) {
            List<FieldError> errors = report.errors().stream()
                    .map(e -> new FieldError("line " + e.line(), String.join("; ", e.messages()))).toList();
            return Problem.response(Response.Status.BAD_REQUEST, report.errors().size()
                    + " line(s) are not valid; nothing was imported.", errors);
        }
        return Response.ok(report).type(MediaType.APPLICATION_JSON).build();
    }
}
