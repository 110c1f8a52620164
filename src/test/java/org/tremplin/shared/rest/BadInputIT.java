package org.tremplin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tremplin.testing.TrainingFixture.created;

import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.SharedApp;
import org.tremplin.testing.TrainingFixture;

/**
 * Bad input everywhere: hundreds of malformed requests across the API's write routes and list
 * parameters (broken JSON, wrong types, unknown enum values, over-long and control-character text,
 * missing fields, impossible dates, negative numbers, huge pages). Every one is a 4xx problem+json,
 * none a 500, and the database is the same afterwards.
 */
class BadInputIT {

    final URL base = SharedApp.url();

    enum Kind { TEXT, DATE, TIME, CHOICE, ID, COUNT }

    /** A write route: method, path, a valid body, and the kind of each field to break. */
    record Route(String method, String path, String body, Map<String, Kind> fields) {
    }

    static final String LONG = "x".repeat(5000);

    static List<String> badValues(Kind kind) {
        return switch (kind) {
            case TEXT -> List.of("\"" + LONG + "\"", "\"a\\u0000b\"", "{\"nested\":1}");
            case DATE -> List.of("\"2026-02-30\"", "\"31/12/2026\"", "20260101");
            case TIME -> List.of("\"25:00\"", "\"9h\"", "900");
            case CHOICE -> List.of("\"NOPE\"", "\"<script>alert(1)</script>\"", "42");
            case ID -> List.of("\"abc\"", "-1", "99999999999", "1.5");
            case COUNT -> List.of("-5", "\"ten\"", "1e20", "2.5");
        };
    }

    /** The body with one field replaced by a raw JSON value. */
    static String with(String body, String field, String raw) {
        String key = "\"" + field + "\":";
        int at = body.indexOf(key);
        if (at < 0) {
            return body.substring(0, body.length() - 1) + "," + key + raw + "}";
        }
        int start = at + key.length();
        int end = start;
        int depth = 0;
        boolean inString = false;
        for (; end < body.length(); end++) {
            char c = body.charAt(end);
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return body.substring(0, start) + raw + body.substring(end);
    }

    static String without(String body, String field) {
        String replaced = with(body, field, "null");
        return replaced.replace("\"" + field + "\":null,", "").replace(",\"" + field + "\":null", "");
    }

    @Test
    void hundredsOfMalformedRequestsAreRefusedCleanlyAndChangeNothing() {
        TrainingFixture f = new TrainingFixture(base, 2);
        Api admin = f.admin;
        LocalDate today = LocalDate.now();
        long site = admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(TrainingFixture.LILLE)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long programme = admin.get("api/cohorts/" + f.cohortId).object().getJsonNumber("programmeId").longValue();
        long learner = f.learners.get(0);
        long open = admin.get("api/enrolments?learnerId=" + learner).array().getJsonObject(0).getJsonNumber("id").longValue();
        long leaver = f.learners.get(1);
        long closed = admin.get("api/enrolments?learnerId=" + leaver).array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, admin.post("api/enrolments/" + closed + "/exit", "{\"exitDate\":\"" + today + "\",\"exitReason\":\"COMPLETED\"}").status());
        String tag = "BAD-" + Api.uniqueWord();
        long item = created(admin.post("api/equipment", "{\"assetTag\":\"" + tag + "\",\"type\":\"LAPTOP\",\"siteId\":" + site
                + ",\"serialNumber\":\"SN" + tag + "\",\"condition\":\"GOOD\"}")).getJsonNumber("id").longValue();
        long session = f.session(today.minusDays(1), "trainer");
        String u = Api.uniqueWord();

        List<Route> routes = List.of(
                new Route("POST", "api/programmes", "{\"name\":\"Bad " + u + "\",\"funder\":\"FSE+\",\"startDate\":\"2026-01-01\","
                        + "\"endDate\":\"2026-12-31\",\"minAttendanceDays\":2}",
                        fields("name", Kind.TEXT, "funder", Kind.TEXT, "startDate", Kind.DATE, "endDate", Kind.DATE, "minAttendanceDays", Kind.COUNT)),
                new Route("POST", "api/sites", "{\"name\":\"Bad " + u + "\",\"commune\":\"Lille\"}",
                        fields("name", Kind.TEXT, "commune", Kind.TEXT)),
                new Route("POST", "api/cohorts", "{\"programmeId\":" + programme + ",\"siteId\":" + site + ",\"name\":\"Bad " + u
                        + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\",\"plannedHours\":40}",
                        fields("programmeId", Kind.ID, "siteId", Kind.ID, "name", Kind.TEXT, "startDate", Kind.DATE, "endDate", Kind.DATE,
                                "plannedHours", Kind.COUNT)),
                new Route("POST", "api/learners", "{\"firstName\":\"Bad\",\"lastName\":\"Input" + u + "\",\"siteId\":" + site
                        + ",\"birthDate\":\"1990-01-01\",\"gender\":\"WOMAN\",\"labourStatus\":\"UNEMPLOYED\",\"unemployedSince\":\"2025-01-01\","
                        + "\"iscedLevel\":3,\"email\":\"bad@example.org\",\"phone\":\"0600000000\",\"postcode\":\"59000\"}",
                        fields("firstName", Kind.TEXT, "lastName", Kind.TEXT, "siteId", Kind.ID, "birthDate", Kind.DATE, "gender", Kind.CHOICE,
                                "labourStatus", Kind.CHOICE, "unemployedSince", Kind.DATE, "iscedLevel", Kind.COUNT, "email", Kind.TEXT,
                                "phone", Kind.TEXT, "postcode", Kind.TEXT)),
                new Route("PUT", "api/learners/" + learner, "{\"firstName\":\"Ali\",\"lastName\":\"" + f.lastNames.get(0) + "\",\"siteId\":"
                        + site + ",\"birthDate\":\"1985-03-01\"}",
                        fields("firstName", Kind.TEXT, "lastName", Kind.TEXT, "siteId", Kind.ID, "birthDate", Kind.DATE)),
                new Route("POST", "api/enrolments", "{\"learnerId\":" + leaver + ",\"cohortId\":" + f.cohortId + ",\"entryDate\":\"" + today + "\"}",
                        fields("learnerId", Kind.ID, "cohortId", Kind.ID, "entryDate", Kind.DATE)),
                new Route("POST", "api/enrolments/" + open + "/exit", "{\"exitDate\":\"" + today + "\",\"exitReason\":\"COMPLETED\"}",
                        fields("exitDate", Kind.DATE, "exitReason", Kind.CHOICE)),
                new Route("POST", "api/learners/" + learner + "/consents", "{\"purpose\":\"PHOTOS\",\"given\":true,\"givenOn\":\"" + today
                        + "\",\"method\":\"ORAL\"}", fields("purpose", Kind.CHOICE, "givenOn", Kind.DATE, "method", Kind.CHOICE)),
                new Route("POST", "api/equipment", "{\"assetTag\":\"BAD2-" + u + "\",\"type\":\"TABLET\",\"siteId\":" + site
                        + ",\"serialNumber\":\"SN2" + u + "\",\"condition\":\"GOOD\"}",
                        fields("assetTag", Kind.TEXT, "type", Kind.CHOICE, "siteId", Kind.ID, "serialNumber", Kind.TEXT, "condition", Kind.CHOICE)),
                new Route("POST", "api/equipment/" + item + "/actions", "{\"action\":\"TO_REPAIR\",\"note\":\"screen\"}",
                        fields("action", Kind.CHOICE, "note", Kind.TEXT)),
                new Route("POST", "api/loans", "{\"learnerId\":" + learner + ",\"assetTag\":\"" + tag + "\",\"dueDate\":\"" + today.plusDays(30)
                        + "\",\"conditionOut\":\"GOOD\",\"accessories\":\"charger\"}",
                        fields("learnerId", Kind.ID, "assetTag", Kind.TEXT, "dueDate", Kind.DATE, "conditionOut", Kind.CHOICE, "accessories", Kind.TEXT)),
                new Route("POST", "api/sessions", "{\"cohortId\":" + f.cohortId + ",\"date\":\"" + today.plusDays(3) + "\",\"startTime\":\"09:00\","
                        + "\"endTime\":\"12:00\",\"trainer\":\"trainer\",\"topic\":\"Atelier\",\"place\":\"Salle\",\"competences\":[\"1.1\"]}",
                        fields("cohortId", Kind.ID, "date", Kind.DATE, "startTime", Kind.TIME, "endTime", Kind.TIME, "topic", Kind.TEXT,
                                "place", Kind.TEXT)),
                new Route("POST", "api/assessments", "{\"learnerId\":" + learner + ",\"date\":\"" + today + "\",\"kind\":\"ENTRY\","
                        + "\"method\":\"SELF\",\"levels\":{\"1.1\":3}}",
                        fields("learnerId", Kind.ID, "date", Kind.DATE, "kind", Kind.CHOICE, "method", Kind.CHOICE, "note", Kind.TEXT)),
                new Route("POST", "api/outcomes", "{\"enrolmentId\":" + closed + ",\"timing\":\"AT_EXIT\",\"observedOn\":\"" + today
                        + "\",\"source\":\"DECLARATION\",\"jobSearching\":true}",
                        fields("enrolmentId", Kind.ID, "timing", Kind.CHOICE, "observedOn", Kind.DATE, "source", Kind.CHOICE,
                                "contractType", Kind.CHOICE, "note", Kind.TEXT)));

        Map<String, String> before = fingerprint(admin, learner);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Route r : routes) {
            List<String> bodies = new ArrayList<>(List.of("{", "[]", "\"text\"", "null", "{\"unknown\":1}", "", "{\"a\":\"\\u0000\"}"));
            for (Map.Entry<String, Kind> field : r.fields().entrySet()) {
                for (String raw : badValues(field.getValue())) {
                    bodies.add(with(r.body(), field.getKey(), raw));
                }
            }
            bodies.add(without(r.body(), r.fields().keySet().iterator().next()));
            for (String body : bodies) {
                sent++;
                check(admin.send(r.method(), r.path(), "application/json", body), r.method() + " " + r.path() + " " + shorten(body), failures);
            }
        }
        String[] attendance = {"[{\"learnerId\":\"abc\",\"status\":\"PRESENT\"}]", "[{\"learnerId\":" + learner + ",\"status\":\"NOPE\"}]",
            "[{\"learnerId\":" + learner + "}]", "[null]", "{\"learnerId\":1}", "[{\"learnerId\":99999999999,\"status\":\"PRESENT\"}]"};
        for (String body : attendance) {
            sent++;
            check(admin.send("PUT", "api/sessions/" + session + "/attendance", "application/json", body), "attendance " + body, failures);
        }
        String[] queries = {"api/learners?size=100000", "api/learners?page=-1", "api/learners?size=abc", "api/learners?siteId=abc",
            "api/learners?esfComplete=maybe", "api/equipment?status=NOPE", "api/equipment?size=-3", "api/loans?overdue=perhaps",
            "api/sessions?from=2026-13-01", "api/sessions?to=yesterday", "api/sessions?cohortId=-x", "api/reports/esf",
            "api/reports/esf?programme=abc", "api/reports/esf?programme=" + programme + "&from=2026-02-30",
            "api/reports/esf?programme=" + programme + "&from=2026-06-01&to=2026-01-01", "api/reports/esf/people?programme=" + programme,
            "api/reports/esf/people?programme=" + programme + "&code=EECO01&gender=OTHER", "api/outcomes", "api/outcomes/due?timing=LATER",
            "api/outcomes/due?size=100000", "api/assessments", "api/enrolments", "api/learners/abc", "api/equipment/99999999999",
            "api/reports/dashboard?programme=" + programme + "&to=never"};
        for (String query : queries) {
            sent++;
            check(admin.get(query), "GET " + query, failures);
        }
        String[] targets = {"{\"EECO01\":-1}", "{\"EECO01\":\"many\"}", "{\"ZZZ\":3}", "[]", "{\"EECO01\":1.5}"};
        for (String body : targets) {
            sent++;
            check(admin.put("api/reports/esf/targets?programme=" + programme, body), "targets " + body, failures);
        }

        System.out.println("Bad-input suite: " + sent + " malformed requests, " + (sent - failures.size())
                + " refused with a 4xx problem+json, " + failures.size() + " not");
        assertTrue(sent >= 200, "at least 200 malformed requests, sent " + sent);
        assertEquals(List.of(), failures);
        assertEquals(before, fingerprint(admin, learner), "nothing was written");
    }

    @Test
    void bodiesPastTheirBoundAre413BeforeTheyAreRead() throws Exception {
        Api admin = Api.as(base, "admin");
        String sites = String.valueOf(admin.get("api/sites").array().size());
        String name = "Huge " + Api.uniqueWord();
        // announced larger (Content-Length of 1.2 MB, a few bytes sent): refused at once
        String announced = answerToAnnouncedBody("api/sites", "application/json", 1_200_000, "admin", "{\"name\":\"" + name + "\"");
        assertTrue(announced.startsWith("HTTP/1.1 413"), announced);
        assertTrue(announced.contains("application/problem+json") && announced.contains("larger than 1 MB"), announced);

        // just past the bound, so that the whole body is on its way when the answer comes (no reset connection)
        byte[] bytes = ("{\"name\":\"" + name + "\",\"commune\":\"" + "x".repeat(1024 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Reply chunked = admin.post("api/sites", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
        assertEquals(413, chunked.status(), "a body without a length is cut at the bound: " + chunked);
        assertTrue(chunked.isProblem(), chunked::toString);

        // a file announced at 25 MB for the learner import (20 MB at most): refused before a byte of it is read
        String upload = answerToAnnouncedBody("api/learners/import?siteId=1", "text/csv", 25L * 1024 * 1024, "admin", "nom;prenom\n");
        assertTrue(upload.startsWith("HTTP/1.1 413") && upload.contains("larger than 20 MB"), upload);
        assertEquals(sites, String.valueOf(admin.get("api/sites").array().size()), "nothing stored");
    }

    /** Sends the headers of a POST announcing {@code length} bytes and the first of them, and reads the answer. */
    private String answerToAnnouncedBody(String path, String contentType, long length, String user, String start) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Basic " + basic + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n" + start)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            // the server may keep the connection open for the rest of the body: read the answer, not to the end
            var in = socket.getInputStream();
            var answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                answer.write(buffer, 0, n);
                String text = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
                int head = text.indexOf("\r\n\r\n");
                java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                if (head > 0 && (text.endsWith("\r\n0\r\n\r\n")
                        || declared.find() && answer.size() >= head + 4 + Integer.parseInt(declared.group(1)))) {
                    return text;
                }
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static void check(Reply r, String what, List<String> failures) {
        if (r.status() < 400 || r.status() >= 500 || !r.contentType().startsWith("application/problem+json")) {
            failures.add(r.status() + " " + r.contentType() + " for " + what);
        }
    }

    /** Counts that any write would change. */
    static Map<String, String> fingerprint(Api admin, long learner) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("programmes", String.valueOf(admin.get("api/programmes").array().size()));
        m.put("sites", String.valueOf(admin.get("api/sites").array().size()));
        m.put("cohorts", String.valueOf(admin.get("api/cohorts").array().size()));
        for (String list : List.of("learners", "equipment", "loans", "sessions")) {
            m.put(list, admin.get("api/" + list + "?size=1").header("X-Total-Count"));
        }
        m.put("learner", admin.get("api/learners/" + learner).body());
        m.put("enrolments", admin.get("api/enrolments?learnerId=" + learner).body());
        m.put("consents", admin.get("api/learners/" + learner + "/consents").body());
        m.put("assessments", admin.get("api/assessments?learnerId=" + learner).body());
        m.put("outcomes", admin.get("api/outcomes?learnerId=" + learner).body());
        return m;
    }

    static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return m;
    }

    static String shorten(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }
}
