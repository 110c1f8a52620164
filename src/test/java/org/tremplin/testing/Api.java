package org.tremplin.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small HTTP client for black-box API tests: HTTP Basic as one of the demo accounts, JSON in and out. */
public final class Api {

    public static final String DEMO_PASSWORD = "tremplin-demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous(URL base) {
        return new Api(URI.create(base.toString()), null);
    }

    public static Api as(URL base, String username) {
        return as(base, username, DEMO_PASSWORD);
    }

    public static Api as(URL base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(URI.create(base.toString()), "Basic " + token);
    }

    /** A client sending a personal access token (Authorization: Bearer). */
    public static Api bearer(URL base, String token) {
        return new Api(URI.create(base.toString()), "Bearer " + token);
    }

    /** Letters only, different at each call: a name no demo record has ("mgkqfpbla"). */
    public static String uniqueWord() {
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            s.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return s.toString();
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply getWithHeader(String path, String name, String value) {
        return send(request(path).header(name, value).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST whose body comes from a publisher (one of unknown length is sent chunked). */
    public Reply post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body));
    }

    /** A file asked for by media type (CSV, .xlsx, PDF): status, content type and the raw bytes. */
    public File download(String path, String accept) {
        try {
            HttpResponse<byte[]> r = http.send(request(path).setHeader("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new File(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file. */
    public record File(int status, String contentType, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, body, and its JSON. */
    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        /** The body as JSON; a body that is not (an HTML error page) fails with what came back. */
        public JsonStructure json() {
            try {
                return Json.createReader(new StringReader(body)).read();
            } catch (jakarta.json.JsonException notJson) {
                String start = body.length() > 600 ? body.substring(0, 600) + "…" : body;
                throw new AssertionError("not JSON: " + status + " " + contentType + " from " + raw.request().method() + " "
                        + raw.uri() + ": " + start, notJson);
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The fields named in a problem's errors list. */
        public List<String> errorFields() {
            return object().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** A learner as read, made ready to send back: without the fields the reply computes, which a PUT refuses. */
    public static jakarta.json.JsonObjectBuilder learnerToSend(jakarta.json.JsonObject read) {
        return jakarta.json.Json.createObjectBuilder(read).remove("esfMissing").remove("birthYear").remove("restricted")
                .remove("anonymisedOn");
    }
}
