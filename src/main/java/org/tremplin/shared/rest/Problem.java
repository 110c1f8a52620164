package org.tremplin.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details, with a per-field {@code errors} list for bad input. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {
    }

    public static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        return response(status, detail, errors, Map.of());
    }

    /** With extension members beside the standard ones (RFC 9457, section 3.2). */
    public static Response response(Response.StatusType status, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        extensions.forEach((name, value) -> body.add(name, Json.createObjectBuilder(Map.of(name, value)).build().get(name)));
        return Response.status(status).type(TYPE).entity(body.build().toString()).build();
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }
}
