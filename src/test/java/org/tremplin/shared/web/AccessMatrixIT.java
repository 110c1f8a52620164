package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.ADMIN;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.ANONYMOUS;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.COORDINATOR;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.COORDINATOR2;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.FUNDER;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.TRAINER;
import static org.tremplin.shared.web.AccessMatrixIT.Caller.TRAINER2;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.SharedApp;

/**
 * The access matrix (issue 7): every API route and every page, asked for by each demo account, by a
 * coordinator of another site and anonymously, against the documented rules (web.xml, docs/api.md,
 * docs/security.md, DESIGN.md) rather than against what the app answers today:
 * <ul>
 * <li>allowed: 2xx (pages 200); for a write, a 400/409/422 also proves the caller got past the role and
 * scope checks. Write bodies are invalid, or valid but refused after the look-up (a stale version, an
 * item already lent, a date in the future), so that nothing is written; the few writes that cannot be
 * refused that way (erasure, consents) hit learners created for this test.</li>
 * <li>login: the API answers 401, a page redirects to the login page.</li>
 * <li>forbidden: 403 (the role may not use the route or page).</li>
 * <li>hidden: a record of a site outside the caller's scope, or a programme a funder does not fund:
 * 404 (or 403); a filter on another site's record lists nothing; a body naming another site's record
 * is a 400 naming that field, as for an unknown id. Never a 2xx showing it.</li>
 * </ul>
 * Lille-Sud is the coordinator's site and Valenciennes (PopSchool) coordinator2's: each record is
 * taken from both, so that each coordinator asks for the other's. Every 2xx JSON answer to a trainer
 * must hold no sensitive characteristic, and every one to a funder no person.
 * A trainer sees only the learners enrolled in the cohorts where they lead a session (in the demo,
 * trainer leads the Lille-Sud sessions and trainer2 none). The run prints its counts; a leak (a hidden
 * record or a forbidden field answered) or any other unexpected answer fails it.
 */
class AccessMatrixIT {

    final URL base = SharedApp.url();

    /** Who asks: the demo accounts, coordinator2 (the coordinator of another site), and nobody. */
    enum Caller {
        ANONYMOUS(null), ADMIN("admin"), COORDINATOR("coordinator"), COORDINATOR2("coordinator2"), TRAINER("trainer"),
        TRAINER2("trainer2"), FUNDER("funder");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** What a caller must get. */
    enum Expect {
        ALLOWED, LOGIN, FORBIDDEN, HIDDEN
    }

    private static final Pattern SENSITIVE = Pattern.compile(
            "\"(disability|thirdCountNational|foreignBackground|minority|homeless|ruralArea|priorityNeighbourhood)\"\\s*:");
    private static final Pattern PERSON = Pattern.compile("\"(firstName|lastName|birthDate|phone|email)\"\\s*:");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final LocalDate TODAY = LocalDate.now();

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Caller, HttpClient> browsers = new EnumMap<>(Caller.class);

    @Test
    void everyRouteAndPageAnswersEachCallerAsTheRulesSay() {
        Data d = new Data(Api.as(base, "admin"));
        List<Row> rows = new ArrayList<>();
        apiRows(rows, d);
        pageRows(rows, d);
        for (Caller c : Caller.values()) {
            browsers.put(c, browser(c));
        }

        // one column per caller, three at a time (each API request hashes a password: the time goes there)
        Map<Caller, Future<List<Answer>>> columns = new EnumMap<>(Caller.class);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (Caller caller : Caller.values()) {
            columns.put(caller, pool.submit(() -> rows.stream()
                    .map(row -> row.skipped.containsKey(caller) ? null : call(row, caller)).toList()));
        }
        pool.shutdown();
        Tally tally = new Tally();
        for (int i = 0; i < rows.size(); i++) {
            for (Caller caller : Caller.values()) {
                Answer answer = answers(columns.get(caller)).get(i);
                if (answer != null) {
                    tally.record(rows.get(i), caller, answer);
                }
            }
        }

        System.out.println(tally.summary(rows));
        if (!tally.unexpected.isEmpty()) {
            fail(tally.unexpected.size() + " unexpected answers:\n  " + String.join("\n  ", tally.unexpected));
        }
    }

    // ------------------------------------------------------------------------------------ the API

    private void apiRows(List<Row> rows, Data d) {
        String today = "\"" + TODAY + "\"";
        rows.add(api("GET", "api/programmes").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER));
        rows.add(api("GET", "api/programmes/" + d.synapse).allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER));
        rows.add(api("GET", "api/programmes/" + d.unfunded).allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2)
                .hide(FUNDER));
        rows.add(api("POST", "api/programmes").body("{}").allow(ADMIN));
        rows.add(api("PUT", "api/programmes/" + d.unfunded).body("{}").allow(ADMIN));
        rows.add(api("GET", "api/sites").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2));
        rows.add(api("POST", "api/sites").body("{}").allow(ADMIN));
        rows.add(api("PUT", "api/sites/" + d.lille.site).body("{}").allow(ADMIN));
        rows.add(api("GET", "api/cohorts").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2));
        rows.add(api("GET", "api/cohorts?programme=" + d.synapse).allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2));
        rows.add(api("GET", "api/learners").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2).list());
        rows.add(api("GET", "api/sessions").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2));
        rows.add(api("GET", "api/equipment").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("GET", "api/loans").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("GET", "api/outcomes/due").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("GET", "api/outcomes/due?timing=SIX_MONTHS").allow(ADMIN, COORDINATOR, COORDINATOR2));
        // admins only: their allowed call would mail every coordinator, and LoanApiIT (maybe running beside
        // this test on PostgreSQL) counts the messages its SMTP server receives
        rows.add(api("POST", "api/loans/reminders").allow(ADMIN).skip(ADMIN, "sends the reminder e-mails"));

        String synapse = "?programme=" + d.synapse;
        String unfunded = "?programme=" + d.unfunded;
        for (String accept : List.of("application/json", "text/csv")) {
            rows.add(api("GET", "api/reports/esf" + synapse).accept(accept).allow(ADMIN, COORDINATOR, COORDINATOR2, FUNDER));
            rows.add(api("GET", "api/reports/esf" + unfunded).accept(accept).allow(ADMIN, COORDINATOR, COORDINATOR2)
                    .hide(FUNDER));
        }
        rows.add(api("GET", "api/reports/dashboard" + synapse).allow(ADMIN, COORDINATOR, COORDINATOR2, FUNDER));
        rows.add(api("GET", "api/reports/dashboard" + unfunded).allow(ADMIN, COORDINATOR, COORDINATOR2).hide(FUNDER));
        rows.add(api("GET", "api/reports/esf/people" + synapse + "&code=EECO01").allow(ADMIN, COORDINATOR)
                .hide(COORDINATOR2).list());
        rows.add(api("GET", "api/reports/esf/people?programme=" + d.popschool + "&code=EECO01").allow(ADMIN, COORDINATOR2)
                .hide(COORDINATOR).list());
        rows.add(api("GET", "api/reports/esf/people" + synapse + "&code=EECO01").accept("text/csv")
                .allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("GET", "api/reports/esf/participants" + synapse).accept("text/csv").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("PUT", "api/reports/esf/targets" + synapse).body("{}").allow(ADMIN));
        rows.add(api("GET", "api/audit").allow(ADMIN));
        rows.add(api("POST", "api/assessments/import/pix").csv("").allow(ADMIN, COORDINATOR, COORDINATOR2)); // 400: no file
        rows.add(api("POST", "api/outcomes/surveys").body("{}").allow(ADMIN, COORDINATOR, COORDINATOR2)); // 400: no enrolmentId
        rows.add(api("GET", "api/outcomes/surveys/rates").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("POST", "api/accompaniments").body("{}").allow(ADMIN, COORDINATOR, COORDINATOR2)); // 400: nothing said
        rows.add(api("GET", "api/accompaniments").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(api("GET", "api/accompaniments/activity").allow(ADMIN, COORDINATOR, COORDINATOR2));
        // personal access tokens: every person manages their own (an empty body is refused: nothing is created)
        rows.add(api("GET", "api/tokens").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER));
        rows.add(api("POST", "api/tokens").body("{}").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER));
        rows.add(api("DELETE", "api/tokens/" + d.adminToken).allow(ADMIN)
                .hide(COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER).skip(ADMIN, "would revoke the token"));
        rows.add(api("GET", "api/audit?action=EXPORT").accept("text/csv").allow(ADMIN));
        rows.add(api("GET", "api/audit/verify").allow(ADMIN));
        rows.add(api("GET", "api/retention").allow(ADMIN));

        for (Side s : d.sides()) { // reads
            rows.add(api("GET", "api/sites/" + s.site).scoped(s).siteTrainers(s));
            rows.add(api("GET", "api/cohorts/" + s.openCohort).scoped(s).siteTrainers(s));
            rows.add(api("GET", "api/learners?siteId=" + s.site).scoped(s).learnerTrainers(s).list());
            rows.add(api("GET", "api/learners/" + s.learner).scoped(s).learnerTrainers(s));
            rows.add(api("GET", "api/learners/" + s.learner + "/consents").scoped(s));
            rows.add(api("GET", "api/learners/" + s.learner + "/dossier").scoped(s));
            rows.add(api("GET", "api/learners/" + s.learner + "/export").scoped(s));
            rows.add(api("GET", "api/learners/" + s.learner + "/dossier").accept("application/pdf").scoped(s));
            rows.add(api("GET", "api/enrolments?learnerId=" + s.learner).scoped(s).learnerTrainers(s));
            rows.add(api("GET", "api/enrolments?cohortId=" + s.openCohort).scoped(s).learnerTrainers(s));
            rows.add(api("GET", "api/enrolments/" + s.exitedEnrolment).scoped(s).learnerTrainers(s));
            rows.add(api("GET", "api/enrolments/" + s.exitedEnrolment + "/entry-sheet").scoped(s));
            rows.add(api("GET", "api/assessments?learnerId=" + s.assessedLearner).scoped(s).learnerTrainers(s));
            rows.add(api("GET", "api/assessments/" + s.assessment).scoped(s).learnerTrainers(s));
            rows.add(api("GET", "api/outcomes?learnerId=" + s.outcomeLearner).scoped(s));
            rows.add(api("GET", "api/outcomes/" + s.outcome).scoped(s));
            rows.add(api("GET", "api/outcomes/attempts?timing=AT_EXIT&enrolmentId=" + s.exitedEnrolment).scoped(s));
            rows.add(api("GET", "api/sessions?cohortId=" + s.sessionCohort).scoped(s).sessionTrainers(s).list());
            rows.add(api("GET", "api/sessions/" + s.session).scoped(s).sessionTrainers(s));
            rows.add(api("GET", "api/sessions/" + s.session + "/attendance").scoped(s).sessionTrainers(s));
            rows.add(api("GET", "api/equipment?siteId=" + s.site).scoped(s).list());
            rows.add(api("GET", "api/equipment/" + s.item).scoped(s));
            rows.add(api("GET", "api/equipment/" + s.item + "/history").scoped(s));
            rows.add(api("GET", "api/loans?siteId=" + s.site).scoped(s).list());
            rows.add(api("GET", "api/loans?learnerId=" + s.loanLearner).scoped(s).list());
            rows.add(api("GET", "api/loans/" + s.loan).scoped(s));
        }
        for (Side s : d.sides()) { // writes: refused, or on this test's own learners
            String session = "\"cohortId\":" + s.openCohort + ",\"date\":" + today
                    + ",\"startTime\":\"09:00\",\"endTime\":\"12:00\",\"topic\":\"Matrice\"";
            rows.add(api("POST", "api/learners").body("{\"siteId\":" + s.site + ",\"firstName\":\"Matrice\"}").scoped(s)
                    .ref("siteId"));
            rows.add(api("PUT", "api/learners/" + s.learner).body("{}").scoped(s));
            rows.add(api("PUT", "api/learners/" + s.learner + "/restriction").body("{}").scoped(s)); // 400: nothing said
            rows.add(api("POST", "api/learners/import?siteId=" + s.site).csv("").scoped(s).ref("siteId"));
            rows.add(api("POST", "api/learners/" + s.erasable + "/consents").body("{\"purpose\":\"PHOTOS\",\"given\":true,"
                    + "\"givenOn\":" + today + ",\"method\":\"ORAL\"}").scoped(s));
            rows.add(api("POST", "api/learners/" + s.erasable + "/consents/" + s.consent + "/withdraw")
                    .body("{\"withdrawnOn\":" + today + "}").scoped(s));
            rows.add(api("POST", "api/enrolments").body("{\"learnerId\":" + s.learner + ",\"cohortId\":" + s.openCohort
                    + ",\"entryDate\":" + today + "}").scoped(s).ref("learnerId")); // already enrolled: 409
            rows.add(api("POST", "api/enrolments/" + s.exitedEnrolment + "/exit")
                    .body("{\"exitDate\":" + today + ",\"exitReason\":\"COMPLETED\"}").scoped(s)); // already closed
            rows.add(api("POST", "api/cohorts").body("{\"programmeId\":" + s.programme + ",\"siteId\":" + s.site
                    + ",\"name\":\"\"}").scoped(s).ref("siteId"));
            rows.add(api("PUT", "api/cohorts/" + s.openCohort).body("{}").scoped(s));
            // "nobody" leads no session of the site: 409 once the cohort is found
            rows.add(api("POST", "api/sessions").body("{" + session + ",\"trainer\":\"nobody\"}").scoped(s).ref("cohortId"));
            rows.add(api("POST", "api/sessions/series").body("{" + session + ",\"trainer\":\"nobody\",\"weeks\":2}").scoped(s)
                    .ref("cohortId"));
            rows.add(api("PUT", "api/sessions/" + s.session).body("{" + session.replaceFirst("\"cohortId\":\\d+,", "")
                    + ",\"trainer\":\"trainer\",\"version\":-1}")
                    .scoped(s));
            rows.add(api("POST", "api/sessions/" + s.session + "/cancel").scoped(s)); // attendance taken: 409
            rows.add(api("PUT", "api/sessions/" + s.session + "/attendance")
                    .body("[{\"learnerId\":" + s.stranger + ",\"status\":\"PRESENT\"}]").scoped(s).sessionTrainers(s));
            rows.add(api("POST", "api/assessments").body("{\"learnerId\":" + s.learner + ",\"date\":\"" + TODAY.plusDays(1)
                    + "\",\"kind\":\"ENTRY\",\"method\":\"SELF\",\"levels\":{\"1.1\":2}}").scoped(s).learnerTrainers(s)
                    .ref("learnerId"));
            rows.add(api("PUT", "api/assessments/" + s.assessment).body("{\"date\":\"" + TODAY + "\",\"kind\":\"ENTRY\","
                    + "\"method\":\"SELF\",\"levels\":{\"1.1\":2},\"version\":-1}").scoped(s).learnerTrainers(s)); // stale: 409
            rows.add(api("POST", "api/outcomes").body("{\"learnerId\":" + s.learner + ",\"timing\":\"AT_EXIT\","
                    + "\"observedOn\":\"2000-01-01\",\"source\":\"DECLARATION\",\"unknown\":true}").scoped(s).ref("learnerId"));
            rows.add(api("PUT", "api/outcomes/" + s.outcome).body("{\"observedOn\":\"2000-01-01\",\"source\":\"DECLARATION\","
                    + "\"unknown\":true,\"version\":-1}").scoped(s));
            rows.add(api("POST", "api/equipment").body("{\"siteId\":" + s.site + ",\"type\":\"LAPTOP\"}").scoped(s).ref("siteId"));
            rows.add(api("PUT", "api/equipment/" + s.item).body("{\"version\":-1}").scoped(s));
            rows.add(api("POST", "api/equipment/" + s.item + "/actions").body("{\"action\":\"FOUND\"}").scoped(s));
            rows.add(api("POST", "api/equipment/import?siteId=" + s.site).csv("").scoped(s).ref("siteId"));
            rows.add(api("POST", "api/loans").body("{\"learnerId\":" + s.loanLearner + ",\"equipmentId\":" + s.loanItem + "}")
                    .scoped(s).ref("learnerId")); // the item is on loan: 409
            rows.add(api("PUT", "api/loans/" + s.loan).body("{\"dueDate\":\"2030-01-01\",\"version\":-1}").scoped(s));
            rows.add(api("POST", "api/loans/" + s.loan + "/return").body("{\"returnedDate\":\"2000-01-01\","
                    + "\"conditionIn\":\"GOOD\",\"dataWiped\":true}").scoped(s));
            // an attempt before the exit: 400 once the exit is found, nothing written
            rows.add(api("POST", "api/outcomes/attempts").body("{\"enrolmentId\":" + s.exitedEnrolment + ",\"timing\":\"AT_EXIT\","
                    + "\"channel\":\"PHONE\",\"reached\":false,\"at\":\"2000-01-01T10:00:00Z\"}").scoped(s).ref("enrolmentId"));
        }
        for (Side s : d.sides()) { // last: the erasure of this test's learners
            rows.add(api("DELETE", "api/learners/" + s.erasable).scoped(s));
        }
    }

    // ------------------------------------------------------------------------------------ pages

    private void pageRows(List<Row> rows, Data d) {
        for (String open : List.of("login.xhtml", "error/403.xhtml", "error/404.xhtml", "error/500.xhtml",
                "error/expired.xhtml", "health", "openapi", "metrics", "survey.xhtml?t=none")) {
            rows.add(page(open).open());
        }
        rows.add(page("index.xhtml").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER));
        rows.add(page("account/tokens.xhtml").allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2, FUNDER));
        for (String admin : List.of("admin/accounts.xhtml", "admin/programmes.xhtml", "admin/sites.xhtml",
                "admin/audit.xhtml", "admin/retention.xhtml")) {
            rows.add(page(admin).allow(ADMIN));
        }
        for (String coordination : List.of("cohorts/list.xhtml", "equipment/list.xhtml", "equipment/import.xhtml",
                "equipment/loans.xhtml", "equipment/loans.xhtml?overdue=true", "equipment/edit.xhtml", "equipment/lend.xhtml",
                "learners/intake.xhtml", "learners/import.xhtml", "learners/import-pix.xhtml", "learners/accompaniments.xhtml",
                "outcomes/queue.xhtml", "outcomes/queue.xhtml?timing=SIX_MONTHS&overdue=true", "training/edit.xhtml")) {
            rows.add(page(coordination).allow(ADMIN, COORDINATOR, COORDINATOR2));
        }
        for (String training : List.of("learners/list.xhtml", "training/calendar.xhtml", "training/mine.xhtml",
                "training/sessions.xhtml")) {
            rows.add(page(training).allow(ADMIN, COORDINATOR, COORDINATOR2, TRAINER, TRAINER2));
        }
        // the parts that pages include are no pages (web.xml excludes them)
        for (String part : List.of("learners/tabs/attendance.xhtml", "learners/tabs/consents.xhtml",
                "learners/tabs/enrolments.xhtml", "learners/tabs/history.xhtml", "learners/tabs/loans.xhtml",
                "learners/tabs/profile.xhtml", "learners/tabs/skills.xhtml", "learners/tabs/rights.xhtml", "learners/intake/step0.xhtml",
                "learners/intake/step1.xhtml", "learners/intake/step2.xhtml", "learners/intake/step3.xhtml",
                "learners/intake/step4.xhtml", "training/parts/sessionCards.xhtml")) {
            rows.add(page(part).closed());
        }

        String synapse = "programme=" + d.synapse;
        String unfunded = "programme=" + d.unfunded;
        rows.add(page("reports/esf.xhtml").allow(ADMIN, COORDINATOR, COORDINATOR2, FUNDER));
        rows.add(page("reports/dashboard.xhtml").allow(ADMIN, COORDINATOR, COORDINATOR2, FUNDER));
        rows.add(page("reports/esf.xhtml?" + unfunded).allow(ADMIN, COORDINATOR, COORDINATOR2).hide(FUNDER));
        rows.add(page("reports/dashboard.xhtml?" + unfunded).allow(ADMIN, COORDINATOR, COORDINATOR2).hide(FUNDER));
        rows.add(page("reports/people.xhtml?" + synapse + "&code=EECO01").allow(ADMIN, COORDINATOR, COORDINATOR2));
        rows.add(page("reports/export?report=esf&format=csv&" + synapse).allow(ADMIN, COORDINATOR, COORDINATOR2, FUNDER));
        rows.add(page("reports/export?report=funnel&format=xlsx&" + synapse).allow(ADMIN, COORDINATOR, COORDINATOR2, FUNDER));
        rows.add(page("reports/export?report=esf&format=pdf&" + unfunded).allow(ADMIN, COORDINATOR, COORDINATOR2)
                .hide(FUNDER));
        // names in bulk: refused until the password is typed again (ReportsIT); never a person for a funder
        rows.add(page("reports/export?report=people&format=csv&code=EECO01&" + synapse).hide(FUNDER));

        for (Side s : d.sides()) {
            rows.add(page("cohorts/view.xhtml?id=" + s.openCohort).scoped(s));
            rows.add(page("equipment/edit.xhtml?id=" + s.item).scoped(s));
            rows.add(page("equipment/view.xhtml?id=" + s.item).scoped(s));
            rows.add(page("equipment/loan.xhtml?id=" + s.loan).scoped(s));
            rows.add(page("equipment/lend.xhtml?learner=" + s.learner).scoped(s));
            rows.add(page("equipment/lend.xhtml?item=" + s.item).scoped(s));
            rows.add(page("equipment/document?kind=agreement&loan=" + s.loan).scoped(s));
            rows.add(page("learners/view.xhtml?id=" + s.learner).scoped(s).learnerTrainers(s));
            rows.add(page("learners/intake.xhtml?id=" + s.learner).scoped(s));
            rows.add(page("learners/dossier?format=pdf&id=" + s.learner).scoped(s));
            rows.add(page("learners/dossier?format=json&id=" + s.learner).scoped(s));
            rows.add(page("outcomes/record.xhtml?timing=AT_EXIT&enrolment=" + s.exitedEnrolment).scoped(s));
            rows.add(page("training/assess.xhtml?learner=" + s.learner).scoped(s).learnerTrainers(s));
            rows.add(page("training/edit.xhtml?id=" + s.session).scoped(s));
            rows.add(page("training/edit.xhtml?cohort=" + s.openCohort).scoped(s));
            rows.add(page("training/register.xhtml?id=" + s.session).scoped(s).sessionTrainers(s));
            rows.add(page("training/assess-group.xhtml?session=" + s.session).scoped(s).sessionTrainers(s));
            rows.add(page("training/sheet?session=" + s.session).scoped(s).sessionTrainers(s));
        }
    }

    // ------------------------------------------------------------------------------------ rows

    private static Row api(String method, String path) {
        return new Row(true, method, path);
    }

    private static Row page(String path) {
        return new Row(false, "GET", path);
    }

    /** One route or page, and what each caller must get (the authenticated ones not named: 403). */
    static final class Row {
        final boolean api;
        final String method;
        final String path;
        String body;
        String contentType = "application/json";
        String accept;
        boolean open;
        boolean closed;
        boolean list;
        String ref;
        final Set<Caller> allowed = EnumSet.noneOf(Caller.class);
        final Set<Caller> hidden = EnumSet.noneOf(Caller.class);
        final Map<Caller, String> skipped = new EnumMap<>(Caller.class);

        Row(boolean api, String method, String path) {
            this.api = api;
            this.method = method;
            this.path = path;
            this.accept = api ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8"; // as a browser
        }

        Row allow(Caller... callers) {
            allowed.addAll(List.of(callers));
            return this;
        }

        Row hide(Caller... callers) {
            hidden.addAll(List.of(callers));
            return this;
        }

        Row skip(Caller caller, String why) {
            skipped.put(caller, why);
            return this;
        }

        /** Public: everyone, anonymous included, gets it. */
        Row open() {
            open = true;
            return this;
        }

        /** Excluded by the container: 403 for everyone, anonymous included (no login asked for). */
        Row closed() {
            closed = true;
            return this;
        }

        /** A list: allowed, it lists something; hidden, it lists nothing. */
        Row list() {
            list = true;
            return this;
        }

        /** The body or query names a record by this field: out of scope, a 400 naming it (as an unknown id). */
        Row ref(String field) {
            ref = field;
            return this;
        }

        Row body(String json) {
            body = json;
            return this;
        }

        Row csv(String text) {
            body = text;
            contentType = "text/csv";
            return this;
        }

        Row accept(String type) {
            accept = type;
            return this;
        }

        /** Admins and the side's coordinator; the other coordinator does not see the record. */
        Row scoped(Side s) {
            return allow(ADMIN, s.coordinator).hide(s.otherCoordinator);
        }

        /** A record of the site: its trainers see it. */
        Row siteTrainers(Side s) {
            return s.trainersSite ? allow(TRAINER, TRAINER2) : hide(TRAINER, TRAINER2);
        }

        /** A learner's record: for the trainer of their sessions (trainer2 leads Roubaix's, none at Lille-Sud). */
        Row learnerTrainers(Side s) {
            return s.trainersSite ? allow(TRAINER).hide(TRAINER2) : hide(TRAINER, TRAINER2);
        }

        /** A session led by trainer: at the trainers' site, theirs; elsewhere, no trainer's. */
        Row sessionTrainers(Side s) {
            return s.trainersSite ? allow(TRAINER).hide(TRAINER2) : hide(TRAINER, TRAINER2);
        }

        Expect expected(Caller c) {
            if (open || allowed.contains(c)) {
                return Expect.ALLOWED;
            }
            return c == ANONYMOUS && !closed ? Expect.LOGIN : hidden.contains(c) ? Expect.HIDDEN : Expect.FORBIDDEN;
        }

        @Override
        public String toString() {
            return method + " /" + path + (api && !"application/json".equals(accept) ? " (" + accept + ")" : "");
        }
    }

    // ------------------------------------------------------------------------------------ checking

    /** An answer: status, where a redirect goes, content type, body. */
    record Answer(int status, String location, String contentType, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean emptyList() {
            return ok() && body.strip().equals("[]");
        }

        Set<String> errorFields() {
            if (status != 400 || !contentType.startsWith("application/problem+json")) {
                return Set.of();
            }
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            return problem.containsKey("errors") ? problem.getJsonArray("errors").stream()
                    .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()) : Set.of();
        }

        @Override
        public String toString() {
            String text = body.length() > 160 ? body.substring(0, 160) + "…" : body;
            return status + (location == null ? "" : " → " + location) + (text.isBlank() || !contentType.contains("json")
                    && !contentType.startsWith("text/plain") ? "" : " " + text.replaceAll("\\s+", " "));
        }
    }

    static boolean matches(Expect expect, Row row, Answer a) {
        return switch (expect) {
            case ALLOWED -> row.api && !row.method.equals("GET")
                    ? (a.ok() || a.status() == 400 || a.status() == 409 || a.status() == 422)
                            && (row.ref == null || !a.errorFields().contains(row.ref))
                    : (row.api ? a.ok() : a.status() == 200) && !(row.list && a.emptyList());
            case LOGIN -> row.api ? a.status() == 401
                    : (a.status() == 302 || a.status() == 303) && a.location() != null && a.location().endsWith("/login.xhtml");
            case FORBIDDEN -> a.status() == 403;
            case HIDDEN -> a.status() == 404 || a.status() == 403 || row.list && a.emptyList()
                    || row.ref != null && a.errorFields().contains(row.ref);
        };
    }

    /** What no answer may hold: sensitive characteristics for trainers, a person for funders. */
    static String leak(Caller c, Answer a) {
        Pattern forbidden = c == TRAINER || c == TRAINER2 ? SENSITIVE : c == FUNDER ? PERSON : null;
        if (forbidden == null || !a.ok() || !a.contentType().contains("json")) {
            return null;
        }
        Matcher m = forbidden.matcher(a.body());
        return m.find() ? "holds \"" + m.group(1) + "\"" : null;
    }

    /** The counts and every unexpected answer; a leak is one that showed what the caller may not see. */
    static final class Tally {
        int requests;
        int allowed;
        int denied;
        int leaks;
        final List<String> unexpected = new ArrayList<>();

        void record(Row row, Caller caller, Answer a) {
            requests++;
            Expect expect = row.expected(caller);
            String what = caller + " " + row;
            String leak = leak(caller, a);
            if (leak != null) {
                leaks++;
                unexpected.add("LEAK " + what + ": the answer " + leak + " — " + a);
            } else if (matches(expect, row, a)) {
                if (expect == Expect.ALLOWED) {
                    allowed++;
                } else {
                    denied++;
                }
            } else if (expect != Expect.ALLOWED && a.ok() && matches(Expect.ALLOWED, row, a)) {
                leaks++;
                unexpected.add("LEAK " + what + ": expected " + expect + ", got " + a);
            } else {
                unexpected.add(what + ": expected " + expect + ", got " + a);
            }
        }

        String summary(List<Row> rows) {
            long apiRows = rows.stream().filter(r -> r.api).count();
            StringBuilder s = new StringBuilder("Access matrix: " + requests + " requests (" + Caller.values().length
                    + " callers × " + rows.size() + " routes and pages: " + apiRows + " API routes, " + (rows.size() - apiRows)
                    + " pages), " + allowed + " allowed as expected, " + denied + " denied as expected, " + leaks
                    + " leaks, " + unexpected.size() + " unexpected");
            rows.forEach(r -> r.skipped.forEach((caller, why) -> s.append("\nNot asked: ").append(caller).append(' ')
                    .append(r).append(" (").append(why).append(")")));
            return s.toString();
        }
    }

    // ------------------------------------------------------------------------------------ HTTP

    private Answer call(Row row, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(row.path))
                .timeout(Duration.ofSeconds(60)).header("Accept", row.accept)
                .method(row.method, row.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body));
        if (row.body != null) {
            request.header("Content-Type", row.contentType);
        }
        if (row.api && caller.username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = send(row.api ? api : browsers.get(caller), request.build());
        return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null),
                r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static List<Answer> answers(Future<List<Answer>> column) {
        try {
            return column.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser of its own (cookies, no redirect followed), logged in through the login form. */
    private HttpClient browser(Caller caller) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        if (caller.username == null) {
            return http;
        }
        URI login = URI.create(base.toString()).resolve("login.xhtml");
        Matcher state = VIEW_STATE.matcher(send(http, HttpRequest.newBuilder(login).GET().build()).body());
        assertTrue(state.find(), "no view state on the login page");
        String form = Map.of("login", "login", "login:username", caller.username, "login:password", Api.DEMO_PASSWORD,
                "login:submit", "", "jakarta.faces.ViewState", state.group(1)).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                        StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(login).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String to = r.headers().firstValue("Location").orElse("");
        assertEquals(302, r.statusCode(), caller + " logs in");
        assertTrue(to.endsWith("/index.xhtml"), caller + " logs in: sent to " + to);
        return http;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        }
    }

    // ------------------------------------------------------------------------------------ demo records

    /** The records of one site, from the demo data, and the few this test creates there. */
    static final class Side {
        /** Lille-Sud, where trainer and trainer2 work (trainer leads every demo session). */
        final boolean trainersSite;
        final Caller coordinator;
        final Caller otherCoordinator;
        long site;
        long programme;
        long openCohort;
        /** Enrolled in the open cohort, not left: no outcome can be recorded, no second enrolment. */
        long learner;
        /** Closed: no second exit. */
        long exitedEnrolment;
        long outcome;
        long outcomeLearner;
        long sessionCohort;
        /** Led by trainer, its register taken: no cancelling. */
        long session;
        long assessedLearner;
        long assessment;
        /** Lille-Sud: available (not found again); Valenciennes: on loan. */
        long item;
        long loan;
        long loanLearner;
        /** On loan: not lent again. */
        long loanItem;
        /** A learner of this test: erased, given and withdrawn consents. */
        long erasable;
        long consent;
        /** A learner of the other site: no member of this site's sessions. */
        long stranger;

        Side(boolean trainersSite, Caller coordinator, Caller otherCoordinator) {
            this.trainersSite = trainersSite;
            this.coordinator = coordinator;
            this.otherCoordinator = otherCoordinator;
        }
    }

    /** The ids the rows need, found through the API as admin at the start; the few records created for the test. */
    static final class Data {
        final Api admin;
        final long synapse;
        final long popschool;
        final long unfunded;
        final Side lille = new Side(true, COORDINATOR, COORDINATOR2);
        final Side valenciennes = new Side(false, COORDINATOR2, COORDINATOR);
        final String word = Api.uniqueWord();
        /** A personal access token of admin's: no other caller may revoke it. */
        final long adminToken;

        Data(Api admin) {
            this.admin = admin;
            adminToken = id(created(admin.post("api/tokens", "{\"name\":\"matrix " + word + "\",\"scope\":\"READ\","
                    + "\"expiresOn\":\"" + TODAY.plusDays(30) + "\"}")));
            JsonArray programmes = list("api/programmes");
            synapse = id(named(programmes, "Synapse"));
            popschool = id(named(programmes, "PopSchool"));
            unfunded = id(created(admin.post("api/programmes", "{\"name\":\"Programme non financé " + word
                    + "\",\"funder\":\"Fondation\",\"startDate\":\"" + TODAY.minusYears(1) + "\",\"endDate\":\""
                    + TODAY.plusYears(1) + "\"}")));
            JsonArray sites = list("api/sites");
            JsonArray cohorts = list("api/cohorts");
            lille.site = id(named(sites, "Centre social Lille-Sud"));
            lille.programme = synapse;
            lille.openCohort = id(named(cohorts, "Lille-Sud — démarches en ligne"));
            lille.sessionCohort = lille.openCohort;
            valenciennes.site = id(named(sites, "PopSchool Valenciennes"));
            valenciennes.programme = popschool;
            valenciennes.openCohort = id(named(cohorts, "Développeur web 2026"));
            valenciennes.sessionCohort = id(named(cohorts, "Développeur web 2025"));
            findRecords(lille, id(named(cohorts, "Lille-Sud — premiers pas numériques")));
            findRecords(valenciennes, valenciennes.sessionCohort);
            lille.stranger = valenciennes.learner;
            valenciennes.stranger = lille.learner;

            lille.assessedLearner = lille.learner;
            lille.assessment = id(first(list("api/assessments?learnerId=" + lille.learner), a -> true));
            lille.item = id(first(list("api/equipment?size=1&status=AVAILABLE&siteId=" + lille.site), e -> true));
            JsonObject loan = first(list("api/loans?open=true&size=1&siteId=" + lille.site), l -> true);
            lille.loan = id(loan);
            lille.loanLearner = loan.getJsonNumber("learnerId").longValue();
            lille.loanItem = loan.getJsonNumber("equipmentId").longValue();

            // Valenciennes has no equipment and no assessment in the demo: one of each, on its own records
            valenciennes.item = id(created(admin.post("api/equipment", "{\"siteId\":" + valenciennes.site
                    + ",\"assetTag\":\"AM-" + word + "\",\"type\":\"LAPTOP\"}")));
            valenciennes.loanItem = valenciennes.item;
            valenciennes.loanLearner = valenciennes.learner;
            valenciennes.loan = id(created(admin.post("api/loans", "{\"equipmentId\":" + valenciennes.item
                    + ",\"learnerId\":" + valenciennes.learner + "}")));
            for (Side s : sides()) { // learners of this test only, for the writes that cannot be refused
                s.erasable = id(created(admin.post("api/learners", "{\"firstName\":\"Effacement\",\"lastName\":\"Matrice"
                        + word + "\",\"siteId\":" + s.site + ",\"birthDate\":\"1990-01-0" + (s == lille ? 1 : 2) + "\"}")));
                s.consent = id(created(admin.post("api/learners/" + s.erasable + "/consents",
                        "{\"purpose\":\"PROGRAMME_FOLLOW_UP\",\"given\":true,\"givenOn\":\"" + TODAY + "\",\"method\":\"ORAL\"}")));
            }
            valenciennes.assessedLearner = valenciennes.erasable;
            valenciennes.assessment = id(created(admin.post("api/assessments", "{\"learnerId\":" + valenciennes.erasable
                    + ",\"date\":\"" + TODAY + "\",\"kind\":\"ENTRY\",\"method\":\"SELF\",\"levels\":{\"1.1\":2}}")));
        }

        List<Side> sides() {
            return List.of(lille, valenciennes);
        }

        /**
         * A learner still enrolled, an exit with an outcome, a session whose register was taken: trainer's at their
         * site, the site's own trainer's (trainer3) elsewhere.
         */
        private void findRecords(Side s, long pastCohort) {
            JsonObject open = first(list("api/enrolments?cohortId=" + s.openCohort), e -> !has(e, "exitDate"));
            s.learner = open.getJsonNumber("learnerId").longValue();
            List<JsonObject> exits = list("api/enrolments?cohortId=" + pastCohort).stream().map(JsonValue::asJsonObject)
                    .filter(e -> has(e, "exitDate")).toList();
            s.exitedEnrolment = id(exits.get(0));
            for (JsonObject exit : exits) {
                long learner = exit.getJsonNumber("learnerId").longValue();
                JsonArray outcomes = list("api/outcomes?learnerId=" + learner);
                if (!outcomes.isEmpty()) {
                    s.outcome = id(outcomes.getJsonObject(0));
                    s.outcomeLearner = learner;
                    break;
                }
            }
            assertTrue(s.outcome > 0, "no outcome recorded in cohort " + pastCohort);
            s.session = id(first(list("api/sessions?size=200&cohortId=" + s.sessionCohort), t -> t.getBoolean("attendanceTaken")
                    && !t.getBoolean("cancelled", false) && (!s.trainersSite || "trainer".equals(t.getString("trainer")))));
        }

        private JsonArray list(String path) {
            Api.Reply r = admin.get(path);
            assertEquals(200, r.status(), () -> path + ": " + r);
            return r.array();
        }

        private static JsonObject created(Api.Reply r) {
            assertEquals(201, r.status(), r::toString);
            return r.object();
        }

        private static JsonObject named(JsonArray items, String name) {
            return first(items, o -> name.equals(o.getString("name")));
        }

        private static JsonObject first(JsonArray items, Predicate<JsonObject> which) {
            return items.stream().map(JsonValue::asJsonObject).filter(which).findFirst()
                    .orElseThrow(() -> new AssertionError("none found among " + items));
        }

        private static boolean has(JsonObject o, String key) {
            return o.containsKey(key) && !o.isNull(key);
        }

        private static long id(JsonObject o) {
            return o.getJsonNumber("id").longValue();
        }
    }
}
