package org.tremplin.shared.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Refuses (400, naming each) the fields of a JSON body that its route does not take ({@link Takes}): at once on a
 * route without an address; on one with an address ({@code sessions/{id}}) once the route has found its record
 * ({@link Inputs#body(Object, Runnable)}), so that an unknown address is a 404 whatever the body. It also keeps
 * the parsed body on the request so that an unknown id the body names can be reported as that field
 * ({@link #fieldNaming}). A body that does not parse is left to the JSON reader, which says why.
 */
@Provider
@Priority(Priorities.USER + 100) // after BodyLimit and ControlCharacters
public class RequestFields implements ContainerRequestFilter, ContainerResponseFilter {

    static final String BODY = RequestFields.class.getName() + ".body";

    private static final Logger LOG = Logger.getLogger(RequestFields.class.getName());

    /** Untaken fields of a route with an address, until the route has looked its record up (same thread). */
    private static final ThreadLocal<List<FieldError>> PENDING = new ThreadLocal<>();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Optional<byte[]> sent = JsonBody.of(request);
        if (sent.isEmpty()) {
            return;
        }
        byte[] body = sent.get();
        JsonStructure json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException e) {
            return;
        }
        servletRequest.setAttribute(BODY, json);
        Takes takes = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Takes.class);
        if (takes != null) {
            var path = request.getUriInfo().getPathParameters();
            List<FieldError> errors = untaken(json, Set.of(takes.value()), path.getFirst("id"));
            if (!errors.isEmpty() && path.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            if (!errors.isEmpty()) { // the address first: the route looks its record up, then reports these
                PENDING.set(errors);
            }
        }
    }

    /** The untaken fields of this request's body, once: the route reports them after looking up its address. */
    static List<FieldError> takePending() {
        List<FieldError> errors = PENDING.get();
        PENDING.remove();
        return errors == null ? List.of() : errors;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (PENDING.get() != null) {
            PENDING.remove();
            LOG.severe("a route with @Takes did not report the untaken fields of its body (call Inputs.body): "
                    + request.getMethod() + " " + request.getUriInfo().getPath());
        }
    }

    /** One error per field given a value that the route does not take. */
    static List<FieldError> untaken(JsonStructure json, Set<String> taken, String pathId) {
        List<FieldError> errors = new ArrayList<>();
        if (json instanceof JsonObject object) {
            check(object, "", taken, pathId, errors);
        } else if (json != null && json.getValueType() == JsonValue.ValueType.ARRAY) {
            List<JsonValue> items = json.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof JsonObject object) {
                    check(object, "[" + i + "].", taken, pathId, errors);
                }
            }
        }
        return errors;
    }

    private static void check(JsonObject object, String prefix, Set<String> taken, String pathId, List<FieldError> errors) {
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String name = field.getKey();
            JsonValue value = field.getValue();
            if (taken.contains(name) || value == JsonValue.NULL) {
                continue;
            }
            if (name.equals("id") && pathId != null) {
                if (!pathId.equals(text(value))) {
                    errors.add(new FieldError(prefix + name, "differs from the id in the address (" + pathId
                            + "): leave it out or send the same"));
                }
                continue;
            }
            errors.add(new FieldError(prefix + name, "this route does not take it (it takes " + String.join(", ",
                    new TreeSet<>(taken)) + "): leave it out" + elsewhere(name)));
        }
    }

    private static String elsewhere(String name) {
        return switch (name) {
            case "exitDate", "exitReason" -> "; record an exit with POST /api/enrolments/{id}/exit";
            case "status" -> "; the status follows from what is recorded (lending, return, actions, exit)";
            default -> "";
        };
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value instanceof JsonNumber n ? n.toString() : value.toString();
    }

    /**
     * The body field that names the record an id was not found for ({@code cohortId} for an unknown cohort, a
     * list's {@code [2].learnerId}), if the request's body names it: that is bad input (400), not an unknown
     * address (404).
     */
    static Optional<String> fieldNaming(HttpServletRequest request, String what, Object id) {
        Object body = request == null ? null : request.getAttribute(BODY);
        if (!(body instanceof JsonStructure json) || what == null || id == null) {
            return Optional.empty();
        }
        String expected = Character.toLowerCase(what.charAt(0)) + what.substring(1) + "Id";
        List<JsonObject> objects = new ArrayList<>();
        if (json instanceof JsonObject o) {
            objects.add(o);
        } else {
            json.asJsonArray().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(objects::add);
        }
        for (int i = 0; i < objects.size(); i++) {
            for (Map.Entry<String, JsonValue> field : objects.get(i).entrySet()) {
                boolean sameId = !(field.getValue() instanceof JsonObject) && text(field.getValue()).equalsIgnoreCase(id.toString());
                boolean names = field.getKey().equals(expected) || id instanceof String && !field.getKey().equals("id");
                if (sameId && names) {
                    return Optional.of((json instanceof JsonObject ? "" : "[" + i + "].") + field.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
