package org.tremplin.learner.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.FormClient;
import org.tremplin.testing.SharedApp;
import org.tremplin.testing.TrainingFixture;

/**
 * The learner and enrolment API, black box, as the demo accounts: authentication and roles, paging,
 * search, validation (400 naming the field, nothing stored), site scope, sensitive fields, optimistic
 * versions, erasure, and the enrolment life cycle. Every reply is checked never to be a 5xx.
 */
class LearnerApiIT {

    static final String LILLE = "Centre social Lille-Sud";
    static final String ROUBAIX = "Médiathèque de Roubaix";
    static final String AVESNOIS = "Atelier mobile Avesnois";
    static final String VALENCIENNES = "PopSchool Valenciennes";
    static final List<String> SENSITIVE = List.of("disability", "thirdCountNational", "foreignBackground", "minority",
            "homeless", "ruralArea", "priorityNeighbourhood");
    static final List<String> SHAPE = List.of("id", "firstName", "lastName", "birthDate", "gender", "email", "phone",
            "postcode", "commune", "siteId", "labourStatus", "unemployedSince", "iscedLevel", "disability",
            "thirdCountNational", "foreignBackground", "minority", "homeless", "ruralArea", "priorityNeighbourhood");


    final URL base = SharedApp.url();

    Caller admin;
    Caller coordinator;
    Caller trainer;
    Caller funder;
    Caller anonymous;
    Map<String, Long> sites;

    @BeforeEach
    void clients() {
        admin = new Caller(Api.as(base, "admin"));
        coordinator = new Caller(Api.as(base, "coordinator"));
        trainer = new Caller(Api.as(base, "trainer"));
        funder = new Caller(Api.as(base, "funder"));
        anonymous = new Caller(Api.anonymous(base));
        Reply r = admin.get("api/sites");
        assertEquals(200, r.status(), r::toString);
        sites = r.array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("name"), o -> o.getJsonNumber("id").longValue()));
        assertTrue(sites.keySet().containsAll(List.of(LILLE, ROUBAIX, AVESNOIS, VALENCIENNES)), sites::toString);
    }

    // ---------------------------------------------------------------- authentication and roles

    @Test
    void anonymousCallerIsAskedForCredentials() {
        Reply r = anonymous.get("api/learners");
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertEquals(401, r.object().getInt("status"));
        String challenge = r.header("WWW-Authenticate");
        assertNotNull(challenge, "401 without WWW-Authenticate");
        assertTrue(challenge.startsWith("Basic"), challenge);
        assertFalse(r.body().contains("\"firstName\""), "no learner data for an anonymous caller");
    }

    @Test
    void theContractsExportRouteServesTheDossierToCoordinatorsAndAdminsOnly() {
        long id = createdId(coordinator.post("api/learners", learner("Export", "Portable" + unique(), LILLE).build().toString()));
        Reply export = coordinator.get("api/learners/" + id + "/export");
        assertEquals(200, export.status(), export::toString);
        Reply dossier = coordinator.get("api/learners/" + id + "/dossier");
        assertEquals(dossier.object().keySet(), export.object().keySet(), "the same dossier under DESIGN.md's route");
        assertEquals(dossier.object().getJsonObject("person"), export.object().getJsonObject("person"));
        assertEquals(200, admin.get("api/learners/" + id + "/export").status());
        assertEquals(403, funder.get("api/learners/" + id + "/export").status());
        assertEquals(403, trainer.get("api/learners/" + id + "/export").status());
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Reply r = new Caller(Api.as(base, "coordinator", "not-the-password")).get("api/learners");
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        Reply unknown = new Caller(Api.as(base, "nobody-" + System.nanoTime(), "tremplin-demo")).get("api/learners");
        assertEquals(401, unknown.status(), unknown::toString);
        // the right password still works afterwards (and resets the throttle for the next tests)
        assertEquals(200, coordinator.get("api/learners?size=1").status());
    }

    @Test
    void sixWrongPasswordsFromOneAddressDoNotLockThePersonOutFromAnother() throws Exception {
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("coordinator:not-it".getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + java.util.Base64.getEncoder().encodeToString(("coordinator:" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 6; i++) {
            assertEquals(401, statusFrom("127.0.0.2", wrong));
        }
        assertEquals(401, statusFrom("127.0.0.2", right), "that address now waits, even with the right password");
        assertEquals(200, statusFrom("127.0.0.3", right), "the coordinator signs in from another address");
    }

    /** The status of GET api/learners?size=1 sent from a loopback address of our choosing (the throttle counts by address). */
    private int statusFrom(String localAddress, String authorization) throws Exception {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + base.getPath() + "api/learners?size=1 HTTP/1.1\r\nHost: 127.0.0.1:"
                    + base.getPort() + "\r\nAuthorization: " + authorization + "\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void aPersonalAccessTokenActsForItsOwnerWithinItsScopeUntilRevoked() {
        String expires = LocalDate.now().plusDays(30).toString();
        Reply created = coordinator.post("api/tokens", "{\"name\":\"Tableur de suivi\",\"scope\":\"READ\",\"expiresOn\":\""
                + expires + "\"}");
        assertEquals(201, created.status(), created::toString);
        JsonObject t = created.object();
        assertEquals(List.of("id", "name", "scope", "expiresOn", "token"), List.copyOf(t.keySet()).subList(0, 5), t::toString);
        assertEquals("READ", t.getString("scope"));
        assertEquals(expires, t.getString("expiresOn"));
        String secret = t.getString("token");
        assertTrue(secret.startsWith("trp_") && secret.length() > 40, secret);
        long tokenId = t.getJsonNumber("id").longValue();

        Caller reader = new Caller(Api.bearer(base, secret));
        Reply read = reader.get("api/learners?size=200");
        assertEquals(200, read.status(), read::toString);
        assertEquals(total(coordinator.get("api/learners?size=1")), total(read), "the owner's sites, no more");
        String last = "Token" + unique();
        Reply write = reader.post("api/learners", learner("Lecture", last, LILLE).build().toString());
        assertEquals(403, write.status(), write::toString);
        assertTrue(write.isProblem(), write::toString);
        assertEquals(0, total(coordinator.get("api/learners?q=" + last)), "nothing written with a READ token");
        assertEquals(403, reader.post("api/tokens", "{}").status(), "a token cannot mint tokens");

        Reply mine = coordinator.get("api/tokens");
        assertEquals(200, mine.status());
        JsonObject listed = mine.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == tokenId).findFirst().orElseThrow();
        assertFalse(listed.containsKey("token"), "the secret is shown once: " + listed);
        assertFalse(mine.body().contains(secret.substring(21)), "no secret in the list");
        assertTrue(admin.get("api/tokens").array().stream()
                .noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == tokenId), "each sees only their own");
        assertEquals(404, admin.delete("api/tokens/" + tokenId).status(), "nor revokes another's");

        String writeSecret = createdToken(coordinator, "WRITE", expires);
        assertEquals(201, new Caller(Api.bearer(base, writeSecret)).post("api/learners",
                learner("Ecriture", last, LILLE).build().toString()).status(), "a WRITE token writes");

        assertTrue(admin.get("api/audit?action=TOKEN_USED&targetId=" + tokenId).array().size() >= 3, "every use is audited");
        assertEquals(204, coordinator.delete("api/tokens/" + tokenId).status());
        Reply revoked = reader.get("api/learners?size=1");
        assertEquals(401, revoked.status(), revoked::toString);
        assertTrue(revoked.isProblem());
        assertEquals(401, new Caller(Api.bearer(base, secret.substring(0, secret.length() - 2) + "xx")).get("api/learners").status(),
                "a forged secret");
        assertEquals(401, new Caller(Api.bearer(base, "not-a-token")).get("api/learners").status());
    }

    @Test
    void aTokenRequestThatCannotBeMetIsNamedAndNothingIsCreated() {
        int before = coordinator.get("api/tokens").array().size();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("name", "{\"scope\":\"READ\",\"expiresOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
        cases.put("scope", "{\"name\":\"x\",\"scope\":\"ADMIN\",\"expiresOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
        cases.put("expiresOn", "{\"name\":\"x\",\"scope\":\"READ\",\"expiresOn\":\"" + LocalDate.now() + "\"}");
        cases.put("expiresOn ", "{\"name\":\"x\",\"scope\":\"READ\",\"expiresOn\":\"" + LocalDate.now().plusYears(2) + "\"}");
        cases.put(" expiresOn", "{\"name\":\"x\",\"scope\":\"READ\",\"expiresOn\":\"2027-02-30\"}");
        cases.put(" expiresOn ", "{\"name\":\"x\",\"scope\":\"READ\"}");
        for (var c : cases.entrySet()) {
            Reply r = coordinator.post("api/tokens", c.getValue());
            assertEquals(400, r.status(), c.getKey() + " → " + r);
            assertTrue(r.isProblem() && r.errorFields().contains(c.getKey().strip()), c.getKey() + " → " + r);
        }
        assertEquals(before, coordinator.get("api/tokens").array().size());
    }

    @Test
    void tokenUsesAtTheSameMomentAreEachAuditedOnceAndKeepTheChainIntact() throws Exception {
        Reply created = coordinator.post("api/tokens", "{\"name\":\"Tableau de bord\",\"scope\":\"READ\",\"expiresOn\":\""
                + LocalDate.now().plusDays(5) + "\"}");
        assertEquals(201, created.status(), created::toString);
        String secret = created.object().getString("token");
        long tokenId = created.object().getJsonNumber("id").longValue();
        int clients = 12;
        int callsEach = 3;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(pool.submit(() -> {
                    Caller client = new Caller(Api.bearer(base, secret));
                    int ok = 0;
                    for (int k = 0; k < callsEach; k++) {
                        ok += client.get("api/learners?size=1").status() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> call : calls) {
                assertEquals(callsEach, call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Reply uses = admin.get("api/audit?action=TOKEN_USED&size=100&targetId=" + tokenId);
        assertEquals(String.valueOf(clients * callsEach), uses.raw().headers().firstValue("X-Total-Count").orElse(""),
                "each use of the token is one event, none lost or doubled when they are committed together");
        assertEquals(clients * callsEach, uses.array().stream()
                .map(e -> e.asJsonObject().getJsonNumber("seq").longValue()).distinct().count());
        Reply chain = admin.get("api/audit/verify");
        assertEquals(200, chain.status(), chain::toString);
        assertTrue(chain.object().getBoolean("intact"), chain::toString);
    }

    private static String createdToken(Caller owner, String scope, String expires) {
        Reply r = owner.post("api/tokens", "{\"name\":\"" + scope + "\",\"scope\":\"" + scope + "\",\"expiresOn\":\"" + expires + "\"}");
        assertEquals(201, r.status(), r::toString);
        return r.object().getString("token");
    }

    @Test
    void funderNeverSeesAPerson() {
        Reply list = funder.get("api/learners");
        assertEquals(403, list.status(), list::toString);
        assertTrue(list.isProblem(), list::toString);
        long id = createdId(coordinator.post("api/learners", learner("Funder", "Hidden" + unique(), LILLE).build().toString()));
        Reply one = funder.get("api/learners/" + id);
        assertEquals(403, one.status(), one::toString);
        assertTrue(one.isProblem(), one::toString);
        Reply enrolments = funder.get("api/enrolments?learnerId=" + id);
        assertEquals(403, enrolments.status(), enrolments::toString);
    }

    @Test
    void coordinatorListsLearnersOfItsSitesWithATotal() {
        Reply r = coordinator.get("api/learners?size=200");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        long total = total(r);
        assertFalse(r.array().isEmpty());
        assertTrue(total >= r.array().size(), "X-Total-Count " + total + " < " + r.array().size());
        Set<Long> own = Set.of(sites.get(LILLE), sites.get(ROUBAIX), sites.get(AVESNOIS));
        for (JsonValue v : r.array()) {
            long site = v.asJsonObject().getJsonNumber("siteId").longValue();
            assertTrue(own.contains(site), "coordinator sees a learner of site " + site);
        }
        long all = total(admin.get("api/learners?size=1"));
        assertTrue(all > total, "admin sees every site (" + all + "), the coordinator only its own (" + total + ")");
        long valenciennes = total(admin.get("api/learners?size=1&siteId=" + sites.get(VALENCIENNES)));
        assertTrue(valenciennes > 0, "demo learners at Valenciennes");
        assertEquals(0, total(coordinator.get("api/learners?size=1&siteId=" + sites.get(VALENCIENNES))),
                "filtering on a foreign site must not widen the scope");
    }

    /**
     * The home page's figures are kept a few seconds for callers of the same scope (DashboardFigures): a learner or
     * an enrolment written shows at once, and a caller of another scope never gets figures kept for someone else's.
     * They are read from counts kept per site (SiteLearnerCounts, SiteEnrolmentCounts): a learner moved to another
     * site leaves the counts of the first, and a person enrolled at two sites is one participant over both.
     */
    @Test
    void theHomePageFiguresFollowAWriteAtOnceAndStayWithinTheCallersScope() {
        FormClient home = FormClient.logIn(base, "coordinator");
        FormClient adminHome = FormClient.logIn(base, "admin");
        long learners = figure(home.get("index.xhtml").body(), "learners");
        long open = figure(home.get("index.xhtml").body(), "open");
        long everyone = figure(adminHome.get("index.xhtml").body(), "learners");
        assertTrue(everyone > learners, "the admin counts every site (" + everyone + "), the coordinator its own (" + learners + ")");
        assertEquals(learners, figure(home.get("index.xhtml").body(), "learners"), "asked again: the same figure");

        long id = createdId(coordinator.post("api/learners", learner("Home", "Figure " + unique(), LILLE).build().toString()));
        assertEquals(learners + 1, figure(home.get("index.xhtml").body(), "learners"), "the new learner counted at once");
        assertEquals(everyone + 1, figure(adminHome.get("index.xhtml").body(), "learners"));
        assertEquals(201, coordinator.post("api/enrolments", enrolment(id, newLilleCohort(), LocalDate.now().toString())).status());
        assertEquals(open + 1, figure(home.get("index.xhtml").body(), "open"), "the new enrolment counted at once");

        // a record without any contact: an incomplete one
        long incomplete = figure(home.get("index.xhtml").body(), "incomplete");
        long unreachable = createdId(coordinator.post("api/learners", learner("Sans", "Contact " + unique(), LILLE)
                .remove("email").remove("phone").build().toString()));
        assertEquals(incomplete + 1, figure(home.get("index.xhtml").body(), "incomplete"), "the incomplete record counted at once");
        assertEquals(learners + 2, figure(home.get("index.xhtml").body(), "learners"));
        // moved by the admin to a site that is not the coordinator's: out of its counts, still in the admin's
        Reply moved = admin.put("api/learners/" + unreachable, editable(admin.get("api/learners/" + unreachable).object())
                .add("siteId", sites.get(VALENCIENNES)).build().toString());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(learners + 1, figure(home.get("index.xhtml").body(), "learners"), "the moved learner left the site's count");
        assertEquals(incomplete, figure(home.get("index.xhtml").body(), "incomplete"), "and its incomplete record with it");
        assertEquals(everyone + 2, figure(adminHome.get("index.xhtml").body(), "learners"), "every site: both, once");

        // enrolled in Synapse at a second site of the coordinator's: one more enrolment open, not one more person
        long[] synapse = programmeRow(home.get("index.xhtml").body(), "Synapse");
        long[] everySite = programmeRow(adminHome.get("index.xhtml").body(), "Synapse");
        assertEquals(201, coordinator.post("api/enrolments", enrolment(id, newCohort(ROUBAIX), LocalDate.now().toString())).status());
        assertArrayEquals(new long[] {synapse[0], synapse[1] + 1, synapse[2]}, programmeRow(home.get("index.xhtml").body(), "Synapse"),
                "people, active, exited over the coordinator's sites");
        assertArrayEquals(new long[] {everySite[0], everySite[1] + 1, everySite[2]},
                programmeRow(adminHome.get("index.xhtml").body(), "Synapse"), "over every site");
        assertEquals(open + 2, figure(home.get("index.xhtml").body(), "open"));
    }

    /** A programme's row of the home page: its people, active and exited enrolments. */
    static long[] programmeRow(String html, String programme) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(">" + programme + "</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>"
                + "\\s*<td[^>]*>(\\d+)</td>").matcher(html);
        assertTrue(m.find(), "the row of " + programme + " on the home page");
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    /** A figure of the home page: the number in its element {@code id}. */
    static long figure(String html, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "figure " + id + " on the home page");
        return Long.parseLong(m.group(1));
    }

    @Test
    void trainerSeesOnlyTheLearnersOfTheirSessionsAndNoSensitiveCharacteristics() {
        String last = "Sensible" + unique();
        JsonObjectBuilder body = learner("Trainee", last, LILLE);
        SENSITIVE.forEach(f -> body.add(f, true));
        long id = createdId(coordinator.post("api/learners", body.build().toString()));
        // a learner of their site in none of their sessions: not found, not listed
        assertEquals(404, trainer.get("api/learners/" + id).status());
        assertEquals(0, total(trainer.get("api/learners?q=" + last)));
        TrainingFixture.enrolWithTrainer(coordinator.api(), id);
        Caller trainer2 = new Caller(Api.as(base, "trainer2"));
        assertEquals(404, trainer2.get("api/learners/" + id).status(), "trainer2 leads no session of that cohort");
        assertEquals(0, total(trainer2.get("api/learners?q=" + last)));

        Reply asTrainer = trainer.get("api/learners/" + id);
        assertEquals(200, asTrainer.status(), asTrainer::toString);
        for (String f : SENSITIVE) {
            assertFalse(asTrainer.object().containsKey(f), "trainer must not see " + f + ": " + asTrainer.body());
        }
        assertEquals(last, asTrainer.object().getString("lastName"));

        Reply listed = trainer.get("api/learners?q=" + last);
        assertEquals(1, total(listed), listed::toString);
        for (String f : SENSITIVE) {
            assertFalse(listed.array().getJsonObject(0).containsKey(f), "trainer list shows " + f);
        }
        Set<Long> trainerSites = new HashSet<>();
        trainer.get("api/learners?size=200").array()
                .forEach(v -> trainerSites.add(v.asJsonObject().getJsonNumber("siteId").longValue()));
        assertEquals(Set.of(sites.get(LILLE)), trainerSites, "the trainer works at Lille-Sud only");

        Reply asCoordinator = coordinator.get("api/learners/" + id);
        assertEquals(200, asCoordinator.status());
        for (String f : SENSITIVE) {
            assertTrue(asCoordinator.object().getBoolean(f), "coordinator sees " + f + ": " + asCoordinator.body());
        }

        long roubaix = createdId(coordinator.post("api/learners", learner("Other", "Site" + unique(), ROUBAIX).build().toString()));
        Reply foreign = trainer.get("api/learners/" + roubaix);
        assertEquals(404, foreign.status(), foreign::toString);
        assertTrue(foreign.isProblem());
    }

    @Test
    void trainerMayNotCreateChangeOrEraseLearners() {
        long count = total(coordinator.get("api/learners?size=1"));
        Reply post = trainer.post("api/learners", learner("Trainer", "Made" + unique(), LILLE).build().toString());
        assertEquals(403, post.status(), post::toString);
        assertTrue(post.isProblem(), post::toString);
        assertEquals(count, total(coordinator.get("api/learners?size=1")), "nothing stored");

        long id = createdId(coordinator.post("api/learners", learner("Kept", "Intact" + unique(), LILLE).build().toString()));
        JsonObject read = coordinator.get("api/learners/" + id).object();
        Reply put = trainer.put("api/learners/" + id, with(read, "commune", "Changed").toString());
        assertEquals(403, put.status(), put::toString);
        Reply delete = trainer.delete("api/learners/" + id);
        assertEquals(403, delete.status(), delete::toString);
        assertEquals(read, coordinator.get("api/learners/" + id).object(), "the learner is unchanged");
    }

    // ---------------------------------------------------------------- paging

    @Test
    void pagingReturnsTheAskedSizeAndAnEmptyPageBeyondTheEnd() {
        Reply first = coordinator.get("api/learners?size=5");
        assertEquals(200, first.status(), first::toString);
        assertEquals(5, first.array().size());
        long total = total(first);
        Reply second = coordinator.get("api/learners?size=5&page=1");
        assertEquals(5, second.array().size());
        Set<Long> ids = new HashSet<>();
        first.array().forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        second.array().forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        assertEquals(10, ids.size(), "pages 0 and 1 do not overlap");

        long beyond = total / 5 + 10;
        Reply empty = coordinator.get("api/learners?size=5&page=" + beyond);
        assertEquals(200, empty.status(), empty::toString);
        assertTrue(empty.array().isEmpty(), empty::toString);
        assertEquals(total, total(empty), "the total does not depend on the page");
    }

    @Test
    void badPagingParametersAreNamed() {
        Map<String, String> cases = Map.of(
                "size=0", "size",
                "size=1000", "size",
                "page=-1", "page",
                "size=abc", "size",
                "page=x1", "page");
        for (var c : cases.entrySet()) {
            Reply r = coordinator.get("api/learners?" + c.getKey());
            assertEquals(400, r.status(), c.getKey() + " → " + r);
            assertTrue(r.isProblem(), c.getKey() + " → " + r);
            assertTrue(r.errorFields().contains(c.getValue()), c.getKey() + " → " + r);
        }
        Reply longQuery = coordinator.get("api/learners?q=" + "a".repeat(101));
        assertEquals(400, longQuery.status(), longQuery::toString);
        assertTrue(longQuery.errorFields().contains("q"), longQuery::toString);
    }

    // ---------------------------------------------------------------- search

    @Test
    void searchIgnoresCaseAccentsAndHyphens() {
        JsonObjectBuilder body = learner("Élodie", "Martin-Durand", LILLE).add("birthDate", "1990-04-02");
        // the same person may exist from an earlier run on a kept database: this is another record
        long id = createdId(coordinator.post("api/learners?confirmDistinctPerson=true", body.build().toString()));
        for (String q : List.of("elodie%20martin%20durand", "MARTIN", "martin%20durand%20elodie", "%C3%89LODIE",
                "Martin-Durand")) {
            Reply r = coordinator.get("api/learners?size=200&q=" + q);
            assertEquals(200, r.status(), r::toString);
            assertTrue(ids(r).contains(id), "q=" + q + " does not find learner " + id);
            for (JsonValue v : r.array()) {
                String key = fold(v.asJsonObject().getString("firstName") + " " + v.asJsonObject().getString("lastName"));
                assertTrue(key.contains(fold(URLDecoder.decode(q, StandardCharsets.UTF_8).split(" ")[0])), "q=" + q + " found " + v);
            }
        }
        Reply none = coordinator.get("api/learners?q=zzz" + unique());
        assertEquals(200, none.status());
        assertEquals(0, total(none));
        assertTrue(none.array().isEmpty());
    }

    // ---------------------------------------------------------------- validation: 400 naming the field, nothing stored

    @Test
    void missingLastNameIsRefusedAndNothingIsStored() {
        long before = total(coordinator.get("api/learners?size=1"));
        String first = "Nolastname" + unique();
        JsonObjectBuilder body = learner(first, "x", LILLE);
        body.remove("lastName");
        Reply r = coordinator.post("api/learners", body.build().toString());
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertTrue(r.errorFields().contains("lastName"), r::toString);
        assertEquals(before, total(coordinator.get("api/learners?size=1")), "X-Total-Count changed");
        assertEquals(0, total(admin.get("api/learners?q=" + first)), "a learner without last name was stored");

        Reply blank = coordinator.post("api/learners", learner(first, "   ", LILLE).build().toString());
        assertEquals(400, blank.status(), blank::toString);
        assertTrue(blank.errorFields().contains("lastName"), blank::toString);
        assertEquals(0, total(admin.get("api/learners?q=" + first)));
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsStored() {
        String first = "Invalid" + unique();
        Map<String, JsonObjectBuilder> cases = new LinkedHashMap<>();
        cases.put("birthDate", learner(first, "Impossible", LILLE).add("birthDate", "1990-02-30"));
        cases.put("birthDate ", learner(first, "Future", LILLE).add("birthDate", LocalDate.now().plusYears(1).toString()));
        cases.put("gender", learner(first, "Gender", LILLE).add("gender", "X"));
        cases.put("email", learner(first, "Email", LILLE).add("email", "not an e-mail"));
        cases.put("siteId", learner(first, "NoSuchSite", LILLE).add("siteId", 987_654_321L));
        cases.put("iscedLevel", learner(first, "Isced", LILLE).add("iscedLevel", 9));
        cases.put("postcode", learner(first, "Postcode", LILLE).add("postcode", "5900"));
        cases.put("labourStatus", learner(first, "Status", LILLE).add("labourStatus", "RETIRED"));
        cases.put("unemployedSince", learner(first, "Since", LILLE).add("unemployedSince", "2024-13-01"));
        // the rule holds on the entity: a date of unemployment only for an unemployed person, not before birth
        cases.put("unemployedSince ", learner(first, "Employed", LILLE).add("labourStatus", "EMPLOYED"));
        cases.put(" unemployedSince", learner(first, "Inactive", LILLE).add("labourStatus", "INACTIVE"));
        cases.put(" unemployedSince ", learner(first, "BeforeBirth", LILLE).add("unemployedSince", "1980-01-01"));
        long before = total(coordinator.get("api/learners?size=1"));
        for (var c : cases.entrySet()) {
            String field = c.getKey().strip();
            Reply r = coordinator.post("api/learners", c.getValue().build().toString());
            assertEquals(400, r.status(), field + " → " + r);
            assertTrue(r.isProblem(), field + " → " + r);
            assertTrue(r.errorFields().contains(field), field + " → " + r);
            assertFalse(r.object().getJsonArray("errors").getJsonObject(0).getString("message").isBlank());
        }
        assertEquals(before, total(coordinator.get("api/learners?size=1")));
        assertEquals(0, total(admin.get("api/learners?q=" + first)), "an invalid learner was stored");
    }

    @Test
    void severalBadFieldsAreReportedInOneAnswer() {
        JsonObjectBuilder body = learner("Many", "Errors" + unique(), LILLE).add("gender", "X")
                .add("birthDate", "1990-02-30").add("email", "nope");
        Reply r = coordinator.post("api/learners", body.build().toString());
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.errorFields().containsAll(List.of("gender", "birthDate", "email")), r::toString);
    }

    @Test
    void malformedOrEmptyBodiesAreBadRequests() {
        long before = total(coordinator.get("api/learners?size=1"));
        for (String body : List.of("{\"firstName\": \"Broken\", ", "not json at all", "", "[]",
                "{\"firstName\": \"A\", \"lastName\": \"B\", \"siteId\": \"abc\"}",
                "{\"firstName\": \"A\", \"lastName\": \"B\", \"iscedLevel\": \"high\"}",
                "{\"firstName\": \"A\", \"lastName\": \"B\", \"disability\": \"maybe\"}")) {
            Reply r = coordinator.post("api/learners", body);
            assertEquals(400, r.status(), "body <" + body + "> → " + r);
            assertTrue(r.isProblem(), "body <" + body + "> → " + r);
        }
        Reply xml = coordinator.send("POST", "api/learners", "application/xml", "<learner/>");
        assertEquals(415, xml.status(), xml::toString);
        assertEquals(before, total(coordinator.get("api/learners?size=1")));
    }

    // ---------------------------------------------------------------- duplicate check

    @Test
    void secondRecordOfTheSamePersonNeedsConfirmation() {
        String last = "Doublon" + unique();
        long first = createdId(coordinator.post("api/learners", learner("Karim", last, LILLE).add("gender", "MAN").build().toString()));
        long before = total(coordinator.get("api/learners?size=1"));

        Reply again = coordinator.post("api/learners", learner("KARIM", last.toUpperCase(), ROUBAIX).build().toString());
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.isProblem(), again::toString);
        assertTrue(again.errorFields().contains("lastName"), again::toString);
        Reply swapped = coordinator.post("api/learners", learner(last, "Karim", LILLE).build().toString());
        assertEquals(409, swapped.status(), "names in the other order: " + swapped);
        assertEquals(before, total(coordinator.get("api/learners?size=1")), "a duplicate was stored");

        Reply otherBirth = coordinator.post("api/learners", learner("Karim", last, LILLE).add("birthDate", "1991-04-02").build().toString());
        assertEquals(201, otherBirth.status(), "another birth date is another person: " + otherBirth);
        Reply confirmed = coordinator.post("api/learners?confirmDistinctPerson=true", learner("Karim", last, LILLE).build().toString());
        assertEquals(201, confirmed.status(), confirmed::toString);
        assertNotEquals(first, confirmed.object().getJsonNumber("id").longValue());
        assertEquals(3, total(coordinator.get("api/learners?q=" + last)));
    }

    @Test
    void duplicateCheckDoesNotRevealRecordsOfOtherSites() {
        String last = "Discret" + unique();
        long hidden = createdId(admin.post("api/learners", learner("Paul", last, VALENCIENNES).build().toString()));
        Reply r = coordinator.post("api/learners", learner("Paul", last, LILLE).build().toString());
        assertFalse(r.body().contains(Long.toString(hidden)), "the reply names a record of another site: " + r);
    }

    // ---------------------------------------------------------------- create, read, update

    @Test
    void createdLearnerHasTheDocumentedShapeAndReadsBackEqual() {
        String last = "Shape" + unique();
        JsonObjectBuilder body = learner("Fatima", last, LILLE).add("birthDate", "1985-11-23")
                .add("thirdCountNational", true).add("homeless", false);
        Reply created = coordinator.post("api/learners", body.build().toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject json = created.object();
        for (String field : SHAPE) {
            assertTrue(json.containsKey(field), "missing " + field + " in " + json);
        }
        long id = json.getJsonNumber("id").longValue();
        String location = created.header("Location");
        assertNotNull(location, "201 without Location");
        assertTrue(location.endsWith("/api/learners/" + id), location);

        assertEquals("Fatima", json.getString("firstName"));
        assertEquals(last, json.getString("lastName"));
        assertEquals("1985-11-23", json.getString("birthDate"));
        assertEquals("WOMAN", json.getString("gender"));
        assertEquals("fatima@example.org", json.getString("email"));
        assertEquals("06 12 34 56 78", json.getString("phone"));
        assertEquals("59000", json.getString("postcode"));
        assertEquals("Lille", json.getString("commune"));
        assertEquals(sites.get(LILLE), json.getJsonNumber("siteId").longValue());
        assertEquals("UNEMPLOYED", json.getString("labourStatus"));
        assertEquals("2024-01-15", json.getString("unemployedSince"));
        assertEquals(3, json.getInt("iscedLevel"));
        assertTrue(json.getBoolean("thirdCountNational"));
        assertFalse(json.getBoolean("homeless"));
        assertFalse(json.getBoolean("disability"));

        Reply read = coordinator.get(location.substring(location.indexOf("api/learners/")));
        assertEquals(200, read.status(), read::toString);
        assertEquals(json, read.object());
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        long id = createdId(coordinator.post("api/learners", learner("Versioned", "Record" + unique(), LILLE).build().toString()));
        JsonObject read = coordinator.get("api/learners/" + id).object();
        long version = read.getJsonNumber("version").longValue();

        Reply echoed = coordinator.put("api/learners/" + id, Json.createObjectBuilder(read).add("commune", "Roubaix").build().toString());
        assertEquals(400, echoed.status(), "the computed fields of the reply are refused, not ignored: " + echoed);
        assertTrue(echoed.errorFields().contains("esfMissing"), echoed::toString);
        Reply updated = coordinator.put("api/learners/" + id, with(read, "commune", "Roubaix").toString());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(version + 1, updated.object().getJsonNumber("version").longValue());
        assertEquals("Roubaix", updated.object().getString("commune"));

        Reply stale = coordinator.put("api/learners/" + id, with(read, "commune", "Tourcoing").toString());
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem(), stale::toString);
        assertEquals("Roubaix", coordinator.get("api/learners/" + id).object().getString("commune"),
                "the stale update must not be applied");

        Reply invalid = coordinator.put("api/learners/" + id,
                with(updated.object(), "birthDate", "2001-02-29").toString());
        assertEquals(400, invalid.status(), invalid::toString);
        assertTrue(invalid.errorFields().contains("birthDate"), invalid::toString);
        assertEquals(updated.object(), coordinator.get("api/learners/" + id).object(), "nothing half-written");

        Reply unknown = coordinator.put("api/learners/987654321", with(read, "commune", "Nowhere").toString());
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.isProblem(), unknown::toString);
        Reply unknownGet = coordinator.get("api/learners/987654321");
        assertEquals(404, unknownGet.status(), unknownGet::toString);
        assertTrue(unknownGet.isProblem(), unknownGet::toString);
    }

    @Test
    void updateCannotMoveALearnerOutOfTheCallersSites() {
        long id = createdId(coordinator.post("api/learners", learner("Moving", "Away" + unique(), LILLE).build().toString()));
        JsonObject read = coordinator.get("api/learners/" + id).object();
        Reply r = coordinator.put("api/learners/" + id, editable(read)
                .add("siteId", sites.get(VALENCIENNES)).build().toString());
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.errorFields().contains("siteId"), r::toString);
        assertEquals(sites.get(LILLE), admin.get("api/learners/" + id).object().getJsonNumber("siteId").longValue());
    }

    @Test
    void updateWithAnEmptyBodyIsABadRequest() {
        long id = createdId(coordinator.post("api/learners", learner("Empty", "Put" + unique(), LILLE).build().toString()));
        Reply r = coordinator.put("api/learners/" + id, "");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
    }

    @Test
    void updateWithANullBodyIsABadRequest() {
        long id = createdId(coordinator.post("api/learners", learner("Null", "Put" + unique(), LILLE).build().toString()));
        JsonObject before = coordinator.get("api/learners/" + id).object();
        Reply r = coordinator.put("api/learners/" + id, "null");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertEquals(before, coordinator.get("api/learners/" + id).object());
    }

    // ---------------------------------------------------------------- site scope

    @Test
    void coordinatorCannotCreateOnAnotherSite() {
        String last = "Elsewhere" + unique();
        Reply r = coordinator.post("api/learners", learner("Valentin", last, VALENCIENNES).build().toString());
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertTrue(r.errorFields().contains("siteId"), r::toString);
        assertEquals(0, total(admin.get("api/learners?q=" + last)), "stored on a foreign site");
    }

    @Test
    void learnerOfAnotherSiteIsNotFoundForTheCoordinator() {
        String last = "Valenciennois" + unique();
        long id = createdId(admin.post("api/learners", learner("Paul", last, VALENCIENNES).build().toString()));
        Reply asCoordinator = coordinator.get("api/learners/" + id);
        assertEquals(404, asCoordinator.status(), asCoordinator::toString);
        assertTrue(asCoordinator.isProblem(), asCoordinator::toString);
        assertFalse(asCoordinator.body().contains(last), "the 404 leaks the name");
        assertEquals(0, total(coordinator.get("api/learners?q=" + last)));

        Reply asAdmin = admin.get("api/learners/" + id);
        assertEquals(200, asAdmin.status(), asAdmin::toString);
        assertEquals(last, asAdmin.object().getString("lastName"));

        Reply put = coordinator.put("api/learners/" + id, with(asAdmin.object(), "commune", "Lille").toString());
        assertEquals(404, put.status(), put::toString);
        Reply delete = coordinator.delete("api/learners/" + id);
        assertEquals(404, delete.status(), delete::toString);
        Reply enrolments = coordinator.get("api/enrolments?learnerId=" + id);
        assertEquals(404, enrolments.status(), enrolments::toString);
        assertEquals(asAdmin.object(), admin.get("api/learners/" + id).object(), "untouched by the coordinator");
    }

    // ---------------------------------------------------------------- erasure

    @Test
    void erasureAnonymisesButKeepsTheRecordCounted() {
        String first = "Erased" + unique();
        JsonObjectBuilder body = learner(first, "Person" + unique(), LILLE).add("birthDate", "1990-04-02");
        SENSITIVE.forEach(f -> body.add(f, f.equals("disability")));
        long id = createdId(coordinator.post("api/learners", body.build().toString()));
        long before = total(coordinator.get("api/learners?size=1"));

        Reply deleted = coordinator.delete("api/learners/" + id);
        assertEquals(204, deleted.status(), deleted::toString);

        Reply read = coordinator.get("api/learners/" + id);
        assertEquals(200, read.status(), read::toString);
        JsonObject erased = read.object();
        assertNotEquals(first, erased.getString("firstName"));
        assertFalse(erased.getString("lastName").startsWith("Person"), erased::toString);
        assertFalse(erased.containsKey("email") && !erased.isNull("email"), "email kept: " + erased);
        assertFalse(erased.containsKey("phone") && !erased.isNull("phone"), "phone kept: " + erased);
        assertFalse(erased.containsKey("commune") && !erased.isNull("commune"), "commune kept: " + erased);
        assertFalse(erased.containsKey("postcode") && !erased.isNull("postcode"), "postcode kept: " + erased);
        assertTrue(!erased.containsKey("birthDate") || erased.isNull("birthDate"), "birth date kept: " + erased);
        assertEquals(1990, erased.getInt("birthYear"), "the birth year stays");
        assertNotNull(erased.getString("anonymisedOn", null), erased::toString);
        // the statistics stay: situation at entry and characteristics
        assertEquals("WOMAN", erased.getString("gender"));
        assertEquals("UNEMPLOYED", erased.getString("labourStatus"));
        assertEquals(3, erased.getInt("iscedLevel"));
        assertTrue(erased.getBoolean("disability"));
        assertEquals(sites.get(LILLE), erased.getJsonNumber("siteId").longValue());

        assertEquals(before, total(coordinator.get("api/learners?size=1")), "the record must still be counted");
        assertEquals(0, total(coordinator.get("api/learners?q=" + first)), "the name is still searchable");
        Reply unknown = coordinator.delete("api/learners/987654321");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.isProblem());
    }

    // ---------------------------------------------------------------- enrolments

    @Test
    void enrolmentLifeCycle() {
        long cohort = newLilleCohort();
        long learner = createdId(coordinator.post("api/learners", learner("Enrolled", "Learner" + unique(), LILLE).build().toString()));
        String entry = LocalDate.now().minusDays(10).toString();

        Reply enrolled = coordinator.post("api/enrolments", enrolment(learner, cohort, entry));
        assertEquals(201, enrolled.status(), enrolled::toString);
        JsonObject e = enrolled.object();
        long id = e.getJsonNumber("id").longValue();
        assertEquals("ENROLLED", e.getString("status"));
        assertEquals(learner, e.getJsonNumber("learnerId").longValue());
        assertEquals(cohort, e.getJsonNumber("cohortId").longValue());
        assertEquals(entry, e.getString("entryDate"));
        assertNotNull(enrolled.header("Location"));
        assertTrue(enrolled.header("Location").endsWith("/api/enrolments/" + id), enrolled.header("Location"));

        Reply twice = coordinator.post("api/enrolments", enrolment(learner, cohort, LocalDate.now().toString()));
        assertEquals(409, twice.status(), twice::toString);
        assertTrue(twice.isProblem(), twice::toString);
        assertEquals(1, coordinator.get("api/enrolments?learnerId=" + learner).array().size(), "second enrolment stored");

        Reply early = coordinator.post("api/enrolments/" + id + "/exit",
                exit(LocalDate.now().minusDays(11).toString(), "COMPLETED"));
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.isProblem(), early::toString);

        Reply unknownReason = coordinator.post("api/enrolments/" + id + "/exit", exit(LocalDate.now().toString(), "GRADUATED"));
        assertEquals(400, unknownReason.status(), unknownReason::toString);
        assertTrue(unknownReason.isProblem());
        assertTrue(unknownReason.errorFields().contains("exitReason"), unknownReason::toString);

        Reply badDate = coordinator.post("api/enrolments/" + id + "/exit", exit("2025-02-30", "COMPLETED"));
        assertEquals(400, badDate.status(), badDate::toString);
        assertTrue(badDate.errorFields().contains("exitDate"), badDate::toString);

        Reply stillOpen = coordinator.get("api/enrolments/" + id);
        assertEquals(200, stillOpen.status(), stillOpen::toString);
        assertEquals("ENROLLED", stillOpen.object().getString("status"), "a refused exit must change nothing");

        String exitDate = LocalDate.now().toString();
        Reply completed = coordinator.post("api/enrolments/" + id + "/exit", exit(exitDate, "COMPLETED"));
        assertEquals(200, completed.status(), completed::toString);
        assertEquals("COMPLETED", completed.object().getString("status"));
        assertEquals("COMPLETED", completed.object().getString("exitReason"));
        assertEquals(exitDate, completed.object().getString("exitDate"));

        Reply again = coordinator.post("api/enrolments/" + id + "/exit", exit(exitDate, "MOVED"));
        assertEquals(409, again.status(), again::toString);

        Reply byLearner = coordinator.get("api/enrolments?learnerId=" + learner);
        assertEquals(200, byLearner.status(), byLearner::toString);
        assertEquals(1, byLearner.array().size(), byLearner::toString);
        assertEquals(id, byLearner.array().getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("COMPLETED", byLearner.array().getJsonObject(0).getString("status"));
        Reply byCohort = coordinator.get("api/enrolments?cohortId=" + cohort);
        assertEquals(200, byCohort.status(), byCohort::toString);
        assertTrue(byCohort.array().stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));

        // a closed enrolment does not block re-entry
        Reply reentry = coordinator.post("api/enrolments", enrolment(learner, cohort, exitDate));
        assertEquals(201, reentry.status(), reentry::toString);
        assertEquals(2, coordinator.get("api/enrolments?learnerId=" + learner).array().size());

        // the learner filter of the list follows enrolments
        Reply inCohort = coordinator.get("api/learners?size=200&cohortId=" + cohort);
        assertEquals(Set.of(learner), ids(inCohort));
    }

    @Test
    void enrolmentInputIsChecked() {
        long cohort = newLilleCohort();
        long learner = createdId(coordinator.post("api/learners", learner("Checked", "Input" + unique(), LILLE).build().toString()));

        Reply noParameters = coordinator.get("api/enrolments");
        assertEquals(400, noParameters.status(), noParameters::toString);
        assertTrue(noParameters.isProblem(), noParameters::toString);

        Reply missing = coordinator.post("api/enrolments", "{}");
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.errorFields().containsAll(List.of("learnerId", "cohortId", "entryDate")), missing::toString);

        Reply badDate = coordinator.post("api/enrolments", enrolment(learner, cohort, "2025-02-30"));
        assertEquals(400, badDate.status(), badDate::toString);
        assertTrue(badDate.errorFields().contains("entryDate"), badDate::toString);

        Reply afterEnd = coordinator.post("api/enrolments", enrolment(learner, cohort, LocalDate.now().plusYears(1).toString()));
        assertEquals(409, afterEnd.status(), afterEnd::toString);

        // docs/api.md: an unknown id the body names is a 400 naming the field; an unknown id in the address a 404
        Reply unknownLearner = coordinator.post("api/enrolments", enrolment(987_654_321L, cohort, LocalDate.now().toString()));
        assertEquals(400, unknownLearner.status(), unknownLearner::toString);
        assertEquals(List.of("learnerId"), unknownLearner.errorFields(), unknownLearner::toString);
        Reply unknownCohort = coordinator.post("api/enrolments", enrolment(learner, 987_654_321L, LocalDate.now().toString()));
        assertEquals(400, unknownCohort.status(), unknownCohort::toString);
        assertEquals(List.of("cohortId"), unknownCohort.errorFields(), unknownCohort::toString);

        // a field of the enrolment's shape that this route does not take is refused by name, never dropped
        String withExit = Json.createObjectBuilder().add("learnerId", learner).add("cohortId", cohort)
                .add("entryDate", LocalDate.now().minusDays(10).toString()).add("exitDate", LocalDate.now().toString())
                .add("exitReason", "COMPLETED").build().toString();
        Reply exitOnEntry = coordinator.post("api/enrolments", withExit);
        assertEquals(400, exitOnEntry.status(), exitOnEntry::toString);
        assertEquals(List.of("exitDate", "exitReason"), exitOnEntry.errorFields(), exitOnEntry::toString);
        assertTrue(exitOnEntry.body().contains("/exit"), "the message says where an exit is recorded: " + exitOnEntry);
        Reply typo = coordinator.post("api/enrolments", Json.createObjectBuilder().add("learnerId", learner)
                .add("cohortId", cohort).add("entrydate", LocalDate.now().toString()).build().toString());
        assertEquals(400, typo.status(), typo::toString);
        assertEquals(List.of("entrydate"), typo.errorFields(), typo::toString);

        Reply empty = coordinator.post("api/enrolments", "");
        assertEquals(400, empty.status(), empty::toString);
        assertTrue(empty.isProblem(), empty::toString);

        Reply trainerEnrols = trainer.post("api/enrolments", enrolment(learner, cohort, LocalDate.now().toString()));
        assertEquals(403, trainerEnrols.status(), trainerEnrols::toString);

        assertEquals(0, coordinator.get("api/enrolments?learnerId=" + learner).array().size(), "a refused enrolment was stored");

        Reply unknownEnrolment = coordinator.post("api/enrolments/987654321/exit", exit(LocalDate.now().toString(), "COMPLETED"));
        assertEquals(404, unknownEnrolment.status(), unknownEnrolment::toString);
        assertTrue(unknownEnrolment.isProblem());
        Reply unknownAndInvalid = coordinator.post("api/enrolments/987654321/exit", "{\"exitDate\":\"soon\"}");
        assertEquals(404, unknownAndInvalid.status(), "the address is checked before the body: " + unknownAndInvalid);
    }

    @Test
    void exitWithAnEmptyBodyIsABadRequest() {
        long cohort = newLilleCohort();
        long learner = createdId(coordinator.post("api/learners", learner("Exit", "Empty" + unique(), LILLE).build().toString()));
        long id = createdId(coordinator.post("api/enrolments", enrolment(learner, cohort, LocalDate.now().toString())));
        Reply r = coordinator.post("api/enrolments/" + id + "/exit", "");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
    }

    @Test
    void exitWithANullBodyIsABadRequest() {
        long cohort = newLilleCohort();
        long learner = createdId(coordinator.post("api/learners", learner("Exit", "Null" + unique(), LILLE).build().toString()));
        long id = createdId(coordinator.post("api/enrolments", enrolment(learner, cohort, LocalDate.now().toString())));
        Reply r = coordinator.post("api/enrolments/" + id + "/exit", "null");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertEquals("ENROLLED", coordinator.get("api/enrolments/" + id).object().getString("status"));
    }

    @Test
    void simultaneousEnrolmentsOfTheSameLearnerGiveOneEnrolment() throws Exception {
        long cohort = newLilleCohort();
        long learner = createdId(coordinator.post("api/learners", learner("Race", "Condition" + unique(), LILLE).build().toString()));
        String body = enrolment(learner, cohort, LocalDate.now().toString());
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                replies.add(pool.submit(() -> coordinator.post("api/enrolments", body)));
            }
            int created = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                assertTrue(r.status() == 201 || r.status() == 409, r::toString);
                created += r.status() == 201 ? 1 : 0;
            }
            assertEquals(1, created, "enrolments accepted");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, coordinator.get("api/enrolments?learnerId=" + learner).array().size(), "open enrolments stored");
    }

    @Test
    void coordinatorCannotEnrolIntoACohortOfAnotherSite() {
        long learner = createdId(coordinator.post("api/learners", learner("Cross", "Site" + unique(), LILLE).build().toString()));
        JsonObject foreign = admin.get("api/cohorts").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("siteId").longValue() == sites.get(VALENCIENNES)).findFirst().orElseThrow();
        Reply r = coordinator.post("api/enrolments",
                enrolment(learner, foreign.getJsonNumber("id").longValue(), foreign.getString("startDate")));
        assertEquals(400, r.status(), "another site's cohort is, for this caller, an unknown id the body names: " + r);
        assertEquals(List.of("cohortId"), r.errorFields(), r::toString);
        assertFalse(r.body().contains(foreign.getString("name")), "the answer does not name the other site's cohort");
        assertEquals(0, coordinator.get("api/enrolments?learnerId=" + learner).array().size());
    }

    // ---------------------------------------------------------------- helpers

    /** Every call goes through here: whatever the answer, it is never a server error. */
    record Caller(Api api) {
        Reply get(String path) { return checked(api.get(path)); }
        Reply post(String path, String json) { return checked(api.post(path, json)); }
        Reply put(String path, String json) { return checked(api.put(path, json)); }
        Reply delete(String path) { return checked(api.delete(path)); }
        Reply send(String method, String path, String type, String body) { return checked(api.send(method, path, type, body)); }

        private static Reply checked(Reply r) {
            assertTrue(r.status() < 500, () -> "server error: " + r);
            return r;
        }
    }

    JsonObjectBuilder learner(String first, String last, String site) {
        return Json.createObjectBuilder()
                .add("firstName", first).add("lastName", last).add("siteId", sites.get(site))
                .add("birthDate", "1990-04-02").add("gender", "WOMAN")
                .add("email", fold(first).replace(" ", ".") + "@example.org").add("phone", "06 12 34 56 78")
                .add("postcode", "59000").add("commune", "Lille")
                .add("labourStatus", "UNEMPLOYED").add("unemployedSince", "2024-01-15").add("iscedLevel", 3);
    }

    long newLilleCohort() {
        return newCohort(LILLE);
    }

    /** A Synapse cohort of the site, running. */
    long newCohort(String site) {
        JsonObject synapse = admin.get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Synapse")).findFirst().orElseThrow();
        String body = Json.createObjectBuilder().add("programmeId", synapse.getJsonNumber("id").longValue())
                .add("siteId", sites.get(site)).add("name", "IT cohort " + unique())
                .add("startDate", LocalDate.now().minusMonths(1).toString())
                .add("endDate", LocalDate.now().plusMonths(2).toString()).add("plannedHours", 30).build().toString();
        return createdId(coordinator.post("api/cohorts", body));
    }

    static String enrolment(long learner, long cohort, String entryDate) {
        return Json.createObjectBuilder().add("learnerId", learner).add("cohortId", cohort).add("entryDate", entryDate)
                .build().toString();
    }

    static String exit(String date, String reason) {
        return Json.createObjectBuilder().add("exitDate", date).add("exitReason", reason).build().toString();
    }

    /** A learner as read, with one field changed, without the fields the reply computes (a PUT refuses them). */
    static JsonObject with(JsonObject o, String field, String value) {
        return editable(o).add(field, value).build();
    }

    /** What a client sends back of a learner it read: the reply-only fields removed. */
    static jakarta.json.JsonObjectBuilder editable(JsonObject read) {
        return Api.learnerToSend(read);
    }

    static long createdId(Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }

    static long total(Reply r) {
        assertEquals(200, r.status(), r::toString);
        String header = r.header("X-Total-Count");
        assertNotNull(header, "no X-Total-Count");
        return Long.parseLong(header);
    }

    static Set<Long> ids(Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    /** Letters only, so that the unique part of a name survives the search folding. */
    static String unique() {
        return Api.uniqueWord();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[-'’_.,]", " ").replaceAll("\\s+", " ").strip();
    }

}
