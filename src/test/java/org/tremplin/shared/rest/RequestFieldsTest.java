package org.tremplin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A field the route does not take is refused by name; every write route of the API declares what it takes. */
class RequestFieldsTest {

    private static JsonStructure json(String text) {
        return Json.createReader(new StringReader(text)).read();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aFieldTheRouteDoesNotTakeIsNamed() {
        var errors = RequestFields.untaken(json("{\"learnerId\":1,\"cohortId\":2,\"entryDate\":\"2026-01-05\","
                + "\"exitDate\":\"2026-03-01\",\"exitReason\":null,\"firstname\":\"x\"}"),
                Set.of("learnerId", "cohortId", "entryDate"), null);
        assertEquals(List.of("exitDate", "firstname"), fields(errors), "a null is not given; a typo is refused too");
        assertTrue(errors.get(0).message().contains("POST /api/enrolments/{id}/exit"), errors.get(0)::message);
        assertTrue(errors.get(1).message().contains("cohortId, entryDate, learnerId"), "the message lists what is taken");
    }

    @Test
    void theIdMayRepeatTheAddressButNotContradictIt() {
        Set<String> taken = Set.of("name", "version");
        assertEquals(List.of(), fields(RequestFields.untaken(json("{\"id\":7,\"name\":\"a\"}"), taken, "7")));
        assertEquals(List.of("id"), fields(RequestFields.untaken(json("{\"id\":8,\"name\":\"a\"}"), taken, "7")));
        assertEquals(List.of("id"), fields(RequestFields.untaken(json("{\"id\":7,\"name\":\"a\"}"), taken, null)),
                "a new record gets its id from the server");
    }

    @Test
    void eachObjectOfAListIsChecked() {
        var errors = RequestFields.untaken(json("[{\"learnerId\":1,\"status\":\"PRESENT\"},"
                + "{\"learnerId\":2,\"status\":\"LATE\",\"minutes\":30}]"), Set.of("learnerId", "status"), "5");
        assertEquals(List.of("[1].minutes"), fields(errors));
    }

    /** Every POST or PUT with a JSON object (or list) body says which fields it takes; a map's keys are its data. */
    @Test
    void everyWriteRouteWithABodyDeclaresItsFields() throws IOException, ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        int routes = 0;
        for (Class<?> resource : resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(PUT.class)) {
                    continue;
                }
                Parameter body = Stream.of(m.getParameters()).filter(p -> !isBound(p)).findFirst().orElse(null);
                if (body == null || Map.class.isAssignableFrom(body.getType()) || body.getType() == String.class || body.getType() == byte[].class
                        || InputStream.class.isAssignableFrom(body.getType())) {
                    continue;
                }
                routes++;
                if (!m.isAnnotationPresent(Takes.class)) {
                    missing.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertTrue(routes >= 25, "write routes with a JSON body found: " + routes);
        assertEquals(List.of(), missing, "routes that would drop unknown fields in silence");
    }

    private static boolean isBound(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<?> t = a.annotationType();
            if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == Context.class
                    || t == CookieParam.class || t == FormParam.class || t == MatrixParam.class || t == BeanParam.class) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/tremplin"))) {
            for (Path f : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.add(Class.forName(name));
            }
        }
        return found;
    }
}
