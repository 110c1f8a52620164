package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.FormClient;
import org.tremplin.testing.FormClient.Page;
import org.tremplin.testing.RequestStatements;
import org.tremplin.testing.SharedApp;
import org.tremplin.testing.TrainingFixture;

/**
 * Query budgets of whole requests (issue 8): the SQL statements the app sends to serve one page or one
 * API list, counted by {@link RequestStatements} from the moment the request enters the app to the moment
 * it leaves (authentication included) with the entity cache emptied first, must not depend on the number
 * of rows. Each main page and API list is measured with two learners of our own (at Lille-Sud, in
 * Synapse, with enrolments, consents, loans, attendance, assessments, exits and outcomes), then again
 * after thirty more and after more of everything for the learner whose file is shown: a query per row
 * (an N+1) changes the count and fails the test. Lists are narrowed to our rows where the page or route
 * can (a name, an asset tag, our cohort), so that they hold a few rows the first time and many the second.
 * The counts are printed, with the SQL of any request that grew.
 * <p>
 * The demo data is shared with the other tests of the run: our learners are only ever absent or excused
 * (never ESF+ participants, whose figures other tests read), and at the end their loans are given back
 * and our sessions to come cancelled.
 */
class PageQueryBudgetIT {

    final URL url = SharedApp.url();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final LocalDate today = LocalDate.now();
    private final String word = Api.uniqueWord();
    private Api admin;
    private long site;
    private long synapse;
    private long cohort;
    private long focus;
    private long session;
    private final List<Long> learners = new ArrayList<>();
    private final List<Long> openLoans = new ArrayList<>();
    private final List<Long> upcoming = new ArrayList<>();
    private int sessions;

    /** What one request cost: its statements (their SQL) and the rows it showed. */
    record Measure(List<String> sql, int rows) {
        int statements() {
            return sql.size();
        }

        /** Each statement once, with how many times it was sent. */
        String summary() {
            return sql.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> String.format("    %3d x %s", e.getValue(), e.getKey()))
                    .collect(Collectors.joining("\n"));
        }

        @Override
        public String toString() {
            return statements() + " statements / " + rows + " rows";
        }
    }

    interface Probe {
        Measure run() throws Exception;
    }

    @Test
    void statementsOfAPageOrAListDoNotGrowWithItsRows() throws Exception {
        admin = Api.as(url, "admin");
        site = admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(TrainingFixture.LILLE)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        synapse = admin.get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Synapse")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        cohort = cohort("Budget " + word);
        addLearners(2);
        focus = learners.get(0);
        session = addSessions(1).get(0);

        FormClient coordinator = FormClient.logIn(url, "coordinator");
        FormClient trainer = FormClient.logIn(url, "trainer");
        FormClient adminPages = FormClient.logIn(url, "admin");
        FormClient funder = FormClient.logIn(url, "funder");
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("page learners/list", () -> page(coordinator, "learners/list.xhtml"));
        probes.put("page learners/list filtered", () -> page(coordinator, "learners/list.xhtml?q=" + word));
        probes.put("page learners/list of the cohort", () -> page(coordinator, "learners/list.xhtml?rows=100&programme="
                + synapse + "&site=" + site + "&cohort=" + cohort));
        probes.put("page learners/view (coordinator)", () -> page(coordinator, "learners/view.xhtml?id=" + focus));
        probes.put("page learners/view (trainer)", () -> page(trainer, "learners/view.xhtml?id=" + focus));
        probes.put("page equipment/list", () -> page(coordinator, "equipment/list.xhtml"));
        probes.put("page equipment/list filtered", () -> ajax(coordinator, "equipment/list.xhtml", "equipment", "equipment:text",
                "keyup", "equipment:table", Map.of("equipment:text", word)));
        probes.put("page equipment/loans", () -> page(coordinator, "equipment/loans.xhtml"));
        probes.put("page equipment/loans overdue", () -> page(coordinator, "equipment/loans.xhtml?overdue=true"));
        probes.put("page training/sessions", () -> page(coordinator, "training/sessions.xhtml"));
        probes.put("page training/sessions of the cohort", () -> ajax(coordinator, "training/sessions.xhtml", "sessions",
                "sessions:cohort", "itemSelect", "sessions:table", Map.of("sessions:cohort_input", "Budget " + word,
                "sessions:cohort_hinput", String.valueOf(cohort))));
        probes.put("page training/mine (trainer)", () -> page(trainer, "training/mine.xhtml"));
        probes.put("page training/register", () -> page(trainer, "training/register.xhtml?id=" + session));
        probes.put("page cohorts/view", () -> page(coordinator, "cohorts/view.xhtml?id=" + cohort));
        probes.put("page outcomes/queue", () -> page(coordinator, "outcomes/queue.xhtml"));
        probes.put("page reports/esf", () -> page(coordinator, "reports/esf.xhtml?programme=" + synapse));
        probes.put("page reports/esf (funder)", () -> page(funder, "reports/esf.xhtml?programme=" + synapse));
        probes.put("page reports/dashboard", () -> page(coordinator, "reports/dashboard.xhtml?programme=" + synapse));
        probes.put("page admin/audit", () -> page(adminPages, "admin/audit.xhtml"));
        probes.put("page index (coordinator)", () -> page(coordinator, "index.xhtml"));
        probes.put("api learners", () -> api(url, "coordinator", "api/learners?size=200&q=" + word));
        probes.put("api learners (trainer)", () -> api(url, "trainer", "api/learners?size=200&q=" + word));
        probes.put("api learner consents", () -> api(url, "coordinator", "api/learners/" + focus + "/consents"));
        probes.put("api enrolments of the learner", () -> api(url, "coordinator", "api/enrolments?learnerId=" + focus));
        probes.put("api enrolments of the cohort", () -> api(url, "coordinator", "api/enrolments?cohortId=" + cohort));
        probes.put("api cohorts", () -> api(url, "coordinator", "api/cohorts?programme=" + synapse));
        probes.put("api equipment", () -> api(url, "coordinator", "api/equipment?size=200&q=" + word));
        probes.put("api loans of the learner", () -> api(url, "coordinator", "api/loans?size=200&learnerId=" + focus));
        probes.put("api loans overdue", () -> api(url, "coordinator", "api/loans?size=200&overdue=true&siteId=" + site));
        probes.put("api sessions", () -> api(url, "coordinator", "api/sessions?size=200&cohortId=" + cohort));
        probes.put("api sessions (trainer)", () -> api(url, "trainer", "api/sessions?size=200&cohortId=" + cohort));
        probes.put("api register", () -> api(url, "trainer", "api/sessions/" + session + "/attendance"));
        probes.put("api assessments", () -> api(url, "coordinator", "api/assessments?learnerId=" + focus));
        probes.put("api outcomes", () -> api(url, "coordinator", "api/outcomes?learnerId=" + focus));
        probes.put("api outcomes due", () -> api(url, "coordinator", "api/outcomes/due?timing=AT_EXIT&size=200"));
        probes.put("api audit", () -> api(url, "admin", "api/audit?size=200&targetType=Learner&targetId=" + focus));
        probes.put("api reports/esf", () -> api(url, "coordinator", "api/reports/esf?programme=" + synapse));
        probes.put("api reports/esf (funder)", () -> api(url, "funder", "api/reports/esf?programme=" + synapse));
        probes.put("api reports/esf/people", () -> api(url, "coordinator", "api/reports/esf/people?code=EECO01&programme=" + synapse));
        probes.put("api reports/dashboard", () -> api(url, "coordinator", "api/reports/dashboard?programme=" + synapse));

        Map<String, Measure> few;
        Map<String, Measure> many;
        try {
            measure(probes); // once to warm up what is loaded once (views, sessions of the pages)
            few = measure(probes);
            addLearners(30);
            addSessions(10);
            moreForTheFocus();
            many = measure(probes);
        } finally {
            for (long loan : openLoans) { // our items back: no overdue loans of ours left for other tests
                giveBack(loan);
            }
            for (long id : upcoming) { // nor sessions to come in the trainer's week
                Reply r = admin.post("api/sessions/" + id + "/cancel", "");
                assertEquals(200, r.status(), r::toString);
            }
        }

        List<String> grown = new ArrayList<>();
        StringBuilder table = new StringBuilder("Statements per request, before and after more rows:\n");
        for (String name : probes.keySet()) {
            Measure a = few.get(name);
            Measure b = many.get(name);
            table.append(String.format("  %-40s %3d -> %3d   (rows %3d -> %3d)%n", name, a.statements(), b.statements(),
                    a.rows(), b.rows()));
            if (a.statements() != b.statements()) {
                grown.add(name + ": " + a + " -> " + b);
                table.append("    with few rows:\n").append(a.summary()).append("\n    with many:\n").append(b.summary()).append('\n');
            }
        }
        System.out.println(table);
        assertEquals(List.of(), grown, "requests whose statements changed with the number of rows");
        // the list's total (read again after the learners added: a write drops the kept totals) counts the
        // learners' rows alone, from an index of theirs, without joining their sites
        String total = many.get("page learners/list").sql().stream().filter(q -> q.startsWith("SELECT COUNT(")).findFirst()
                .orElseThrow(() -> new AssertionError("no total read: " + many.get("page learners/list").summary()));
        assertFalse(total.toLowerCase(java.util.Locale.ROOT).matches(".*from\\s+site\\b.*|.*join\\s+site\\b.*|.*,\\s*site\\b.*"), total);
        for (String narrowed : List.of("page learners/list filtered", "page learners/list of the cohort",
                "page learners/view (coordinator)",
                "page equipment/list filtered", "page training/sessions of the cohort", "page training/register",
                "api learners", "api sessions", "api loans of the learner", "api assessments", "api audit")) {
            assertTrue(many.get(narrowed).rows() > few.get(narrowed).rows(), narrowed + " shows more rows the second time");
        }
    }

    private Map<String, Measure> measure(Map<String, Probe> probes) throws Exception {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (Map.Entry<String, Probe> probe : probes.entrySet()) {
            measures.put(probe.getKey(), probe.getValue().run());
        }
        return measures;
    }

    /** A row of a data table (PrimeFaces' or in plain markup with its classes), or a session's card. */
    private static final Pattern ROW = Pattern.compile(
            "data-ri=\"|class=\"session-card\"|<tr class=\"ui-widget-content ui-datatable-(?:even|odd)\"");

    private static int rows(String html) {
        Matcher m = ROW.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The SQL of the request marked {@code token}. */
    private List<String> statements(String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString()).resolve("test-statements?token=" + token))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        List<String> lines = r.body().lines().toList();
        assertEquals(Integer.parseInt(lines.get(0)), lines.size() - 1, r::body);
        return lines.subList(1, lines.size());
    }

    /** A page as a logged-in person gets it. */
    private Measure page(FormClient client, String path) throws Exception {
        String token = UUID.randomUUID().toString();
        Page page = client.header(RequestStatements.HEADER, token).get(path);
        client.header(RequestStatements.HEADER, null);
        assertEquals(200, page.status(), path);
        assertEquals("/" + path.replaceFirst("\\?.*", ""), page.path(), "no redirect");
        return new Measure(statements(token), rows(page.body()));
    }

    /** The Ajax request a filter of a page sends (its input alone processed), rendering the table. */
    private Measure ajax(FormClient client, String path, String form, String source, String event, String render,
            Map<String, String> values) throws Exception {
        Page page = client.get(path);
        Map<String, String> fields = FormClient.ajax(page.form(form), source, event, render);
        fields.putAll(values);
        String token = UUID.randomUUID().toString();
        Page reply = client.header(RequestStatements.HEADER, token).post(path.replaceFirst("\\?.*", ""), fields);
        client.header(RequestStatements.HEADER, null);
        assertEquals(200, reply.status(), path);
        assertTrue(reply.body().contains("<partial-response") && !reply.body().contains("<error>"), reply.body());
        return new Measure(statements(token), rows(reply.body()));
    }

    /** An API list with HTTP Basic. */
    private Measure api(URL url, String user, String path) throws Exception {
        String token = UUID.randomUUID().toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header(RequestStatements.HEADER, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), () -> path + " " + r.body());
        var json = Json.createReader(new StringReader(r.body())).read();
        int rows = json instanceof JsonArray a ? a.size()
                : json instanceof JsonObject o && o.get("items") instanceof JsonArray items ? items.size() : 0;
        return new Measure(statements(token), rows);
    }

    // --- the rows added -------------------------------------------------------------------------

    private long cohort(String name) {
        return TrainingFixture.created(admin.post("api/cohorts", "{\"programmeId\":" + synapse + ",\"siteId\":" + site
                + ",\"name\":\"" + name + "\",\"startDate\":\"" + today.minusWeeks(10) + "\",\"endDate\":\""
                + today.plusWeeks(10) + "\",\"plannedHours\":60}")).getJsonNumber("id").longValue();
    }

    private long enrol(long learner, long inCohort) {
        return TrainingFixture.created(admin.post("api/enrolments", "{\"learnerId\":" + learner + ",\"cohortId\":" + inCohort
                + ",\"entryDate\":\"" + today.minusWeeks(8) + "\"}")).getJsonNumber("id").longValue();
    }

    private void exit(long enrolment) {
        Reply r = admin.post("api/enrolments/" + enrolment + "/exit", "{\"exitDate\":\"" + today.minusDays(2)
                + "\",\"exitReason\":\"COMPLETED\"}");
        assertEquals(200, r.status(), r::toString);
    }

    private void outcome(long enrolment) {
        TrainingFixture.created(admin.post("api/outcomes", "{\"enrolmentId\":" + enrolment + ",\"timing\":\"AT_EXIT\","
                + "\"observedOn\":\"" + today + "\",\"source\":\"DECLARATION\",\"jobSearching\":true}"));
    }

    private void consent(long learner, String purpose) {
        TrainingFixture.created(admin.post("api/learners/" + learner + "/consents", "{\"purpose\":\"" + purpose
                + "\",\"given\":true,\"givenOn\":\"" + today.minusWeeks(8) + "\",\"method\":\"SIGNED_FORM\"}"));
    }

    private long lend(long learner) {
        String tag = "BUD-" + word + "-" + Api.uniqueWord();
        long item = TrainingFixture.created(admin.post("api/equipment", "{\"assetTag\":\"" + tag + "\",\"type\":\"LAPTOP\",\"siteId\":"
                + site + ",\"serialNumber\":\"SN" + tag + "\",\"condition\":\"GOOD\"}")).getJsonNumber("id").longValue();
        return TrainingFixture.created(admin.post("api/loans", "{\"learnerId\":" + learner + ",\"equipmentId\":" + item
                + ",\"outDate\":\"" + today.minusDays(30) + "\",\"dueDate\":\"" + today.minusDays(5)
                + "\",\"conditionOut\":\"GOOD\",\"accessories\":\"chargeur\"}")).getJsonNumber("id").longValue();
    }

    private void giveBack(long loan) {
        Reply r = admin.post("api/loans/" + loan + "/return", "{\"returnedDate\":\"" + today
                + "\",\"conditionIn\":\"GOOD\",\"dataWiped\":true}");
        assertEquals(200, r.status(), r::toString);
    }

    private void assess(long learner, String kind) {
        TrainingFixture.created(admin.post("api/assessments", "{\"learnerId\":" + learner + ",\"date\":\"" + today.minusDays(3)
                + "\",\"kind\":\"" + kind + "\",\"method\":\"TRAINER\",\"levels\":{\"1.1\":3,\"2.1\":4}}"));
    }

    /** {@code n} learners of Lille-Sud in our cohort: consent, assessment, an overdue loan; every other one has left. */
    private void addLearners(int n) {
        for (int i = 0; i < n; i++) {
            int k = learners.size();
            String last = "Budget" + word + (char) ('a' + k % 26) + (char) ('a' + k / 26);
            long learner = TrainingFixture.created(admin.post("api/learners", "{\"firstName\":\"Lea\",\"lastName\":\"" + last
                    + "\",\"siteId\":" + site + ",\"birthDate\":\"1990-05-0" + (1 + k % 9) + "\",\"gender\":\""
                    + (k % 2 == 0 ? "WOMAN" : "MAN") + "\"}")).getJsonNumber("id").longValue();
            learners.add(learner);
            long enrolment = enrol(learner, cohort);
            consent(learner, "PROGRAMME_FOLLOW_UP");
            assess(learner, "ENTRY");
            openLoans.add(lend(learner));
            if (k % 2 == 0) {
                exit(enrolment);
                if (k == 0) {
                    outcome(enrolment);
                }
            }
        }
    }

    private long session(LocalDate day) {
        return TrainingFixture.created(admin.post("api/sessions", "{\"cohortId\":" + cohort + ",\"date\":\"" + day
                + "\",\"startTime\":\"18:00\",\"endTime\":\"20:00\",\"trainer\":\"trainer\",\"topic\":\"Budget\","
                + "\"place\":\"Salle 3\",\"competences\":[\"1.1\",\"4.2\"]}")).getJsonNumber("id").longValue();
    }

    /**
     * {@code n} sessions of our cohort before anyone left, attendance taken for every member, and
     * {@code n} to come (the session lists start a week ago).
     */
    private List<Long> addSessions(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            upcoming.add(session(today.plusDays(1 + sessions)));
            long id = session(today.minusDays(20 + sessions++));
            // absent or excused: our learners never become ESF+ participants, whose figures other tests read
            String marks = admin.get("api/sessions/" + id + "/attendance").array().stream().map(JsonValue::asJsonObject)
                    .map(o -> o.getJsonNumber("learnerId").longValue())
                    .map(l -> "{\"learnerId\":" + l + ",\"status\":\"" + (l % 2 == 0 ? "ABSENT" : "EXCUSED") + "\"}")
                    .collect(Collectors.joining(",", "[", "]"));
            Reply r = admin.put("api/sessions/" + id + "/attendance", marks);
            assertEquals(200, r.status(), r::toString);
            ids.add(id);
        }
        return ids;
    }

    /**
     * More of everything the learner file lists: enrolments (left, with outcomes), assessments, audit
     * events, consents, loans.
     */
    private void moreForTheFocus() {
        for (int i = 0; i < 4; i++) {
            long enrolment = enrol(focus, cohort("Budget " + word + " " + (char) ('a' + i)));
            exit(enrolment);
            outcome(enrolment);
            assess(focus, i % 2 == 0 ? "INTERMEDIATE" : "EXIT");
        }
        for (boolean restricted : new boolean[] {true, false, true, false}) { // audit events of the learner
            Reply r = admin.put("api/learners/" + focus + "/restriction", "{\"restricted\":" + restricted + "}");
            assertEquals(200, r.status(), r::toString);
        }
        consent(focus, "SIX_MONTH_SURVEY");
        consent(focus, "PHOTOS");
        for (int i = 0; i < 4; i++) {
            giveBack(lend(focus));
        }
    }
}
