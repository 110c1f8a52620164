package org.tremplin.programme.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.SharedApp;

/**
 * Programmes, sites and cohorts through the API, black box: who may list and change them, validation,
 * uniqueness (409), versions, site scope. The service endpoints {@code /health} and {@code /openapi}
 * are checked here too (one server start fewer). Every reply is checked never to be a 5xx.
 */
class ProgrammeApiIT {

    static final String LILLE = "Centre social Lille-Sud";
    static final String ROUBAIX = "Médiathèque de Roubaix";
    static final String AVESNOIS = "Atelier mobile Avesnois";
    static final String VALENCIENNES = "PopSchool Valenciennes";


    final URL base = SharedApp.url();

    Caller admin;
    Caller coordinator;
    Caller trainer;
    Caller funder;
    Map<String, Long> sites;
    Map<String, Long> programmes;

    @BeforeEach
    void clients() {
        admin = new Caller(Api.as(base, "admin"));
        coordinator = new Caller(Api.as(base, "coordinator"));
        trainer = new Caller(Api.as(base, "trainer"));
        funder = new Caller(Api.as(base, "funder"));
        sites = byName(admin.get("api/sites"));
        programmes = byName(admin.get("api/programmes"));
    }

    // ---------------------------------------------------------------- lists and roles

    @Test
    void adminListsProgrammesSitesAndCohortsInTheDocumentedShape() {
        Reply p = admin.get("api/programmes");
        assertEquals(200, p.status(), p::toString);
        assertTrue(programmes.keySet().containsAll(List.of("Synapse", "PopSchool")), programmes::toString);
        for (JsonValue v : p.array()) {
            for (String field : List.of("id", "name", "funder", "startDate", "endDate")) {
                assertTrue(v.asJsonObject().containsKey(field), "programme without " + field + ": " + v);
            }
        }
        JsonObject synapse = find(p, "Synapse");
        assertTrue(synapse.getString("startDate").matches("\\d{4}-\\d{2}-\\d{2}"), synapse::toString);

        Reply s = admin.get("api/sites");
        assertEquals(200, s.status(), s::toString);
        assertTrue(sites.keySet().containsAll(List.of(LILLE, ROUBAIX, AVESNOIS, VALENCIENNES)), sites::toString);
        assertEquals("Lille", find(s, LILLE).getString("commune"));

        Reply c = admin.get("api/cohorts");
        assertEquals(200, c.status(), c::toString);
        assertTrue(c.array().size() >= 6, c::toString);
        for (JsonValue v : c.array()) {
            for (String field : List.of("id", "programmeId", "siteId", "name", "startDate", "endDate", "plannedHours")) {
                assertTrue(v.asJsonObject().containsKey(field), "cohort without " + field + ": " + v);
            }
        }
        Set<Long> cohortSites = c.array().stream().map(v -> v.asJsonObject().getJsonNumber("siteId").longValue())
                .collect(Collectors.toSet());
        assertTrue(cohortSites.contains(sites.get(VALENCIENNES)), "admin sees every site's cohorts");

        Reply bySynapse = admin.get("api/cohorts?programme=" + programmes.get("Synapse"));
        assertEquals(200, bySynapse.status());
        assertFalse(bySynapse.array().isEmpty());
        for (JsonValue v : bySynapse.array()) {
            assertEquals((long) programmes.get("Synapse"), v.asJsonObject().getJsonNumber("programmeId").longValue());
        }
    }

    @Test
    void coordinatorAndTrainerSeeTheirOwnSitesAndCohorts() {
        assertEquals(Set.of(LILLE, ROUBAIX, AVESNOIS), byName(coordinator.get("api/sites")).keySet());
        assertEquals(Set.of(LILLE), byName(trainer.get("api/sites")).keySet());
        Reply cohorts = coordinator.get("api/cohorts");
        assertEquals(200, cohorts.status(), cohorts::toString);
        assertFalse(cohorts.array().isEmpty());
        for (JsonValue v : cohorts.array()) {
            assertTrue(v.asJsonObject().getJsonNumber("siteId").longValue() != sites.get(VALENCIENNES),
                    "coordinator sees a Valenciennes cohort: " + v);
        }
        Reply foreignSite = coordinator.get("api/sites/" + sites.get(VALENCIENNES));
        assertEquals(404, foreignSite.status(), foreignSite::toString);
        long foreignCohort = admin.get("api/cohorts").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("siteId").longValue() == sites.get(VALENCIENNES))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Reply cohort = coordinator.get("api/cohorts/" + foreignCohort);
        assertEquals(404, cohort.status(), cohort::toString);
        assertTrue(cohort.isProblem());
    }

    @Test
    void funderSeesOnlyFundedProgrammesAndNoSites() {
        String unfundedName = "Unfunded " + unique();
        long other = created(admin.post("api/programmes", programme(unfundedName, "2025-01-01", "2026-12-31")));
        assertEquals(other, byName(admin.get("api/programmes")).get(unfundedName),
                "the admin's list (kept by EclipseLink, read in clients()) shows the new programme at once");
        Reply r = funder.get("api/programmes");
        assertEquals(200, r.status(), r::toString);
        Set<String> names = byName(r).keySet();
        assertEquals(Set.of("Synapse", "PopSchool"), names, "the funder funds Synapse and PopSchool only");

        Reply unfunded = funder.get("api/programmes/" + other);
        assertEquals(404, unfunded.status(), unfunded::toString);
        Reply funded = funder.get("api/programmes/" + programmes.get("Synapse"));
        assertEquals(200, funded.status(), funded::toString);

        Reply sitesAsFunder = funder.get("api/sites");
        assertEquals(403, sitesAsFunder.status(), sitesAsFunder::toString);
        assertTrue(sitesAsFunder.isProblem(), sitesAsFunder::toString);
        Reply cohortsAsFunder = funder.get("api/cohorts");
        assertEquals(403, cohortsAsFunder.status(), cohortsAsFunder::toString);
        Reply create = funder.post("api/programmes", programme("By funder " + unique(), "2025-01-01", "2025-12-31"));
        assertEquals(403, create.status(), create::toString);
    }

    // ---------------------------------------------------------------- programmes

    @Test
    void programmePeriodMustBeOrdered() {
        String name = "Backwards " + unique();
        Reply r = admin.post("api/programmes", programme(name, "2026-06-01", "2026-01-01"));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertFalse(r.errorFields().isEmpty(), r::toString);
        assertFalse(byName(admin.get("api/programmes")).containsKey(name), "stored despite the 400");

        Reply badDate = admin.post("api/programmes", programme(name, "2026-13-01", "2026-12-31"));
        assertEquals(400, badDate.status(), badDate::toString);
        assertTrue(badDate.errorFields().contains("startDate"), badDate::toString);

        Reply noName = admin.post("api/programmes", programme("", "2026-01-01", "2026-12-31"));
        assertEquals(400, noName.status(), noName::toString);
        assertTrue(noName.errorFields().contains("name"), noName::toString);
    }

    @Test
    void programmeNamesAreUnique() {
        String name = "Unique " + unique();
        Reply first = admin.post("api/programmes", programme(name, "2025-01-01", "2026-12-31"));
        assertEquals(201, first.status(), first::toString);
        assertNotNull(first.header("Location"));
        assertTrue(first.header("Location").endsWith("/api/programmes/" + first.object().getJsonNumber("id")),
                first.header("Location"));
        Reply second = admin.post("api/programmes", programme(name, "2027-01-01", "2027-12-31"));
        assertEquals(409, second.status(), second::toString);
        assertTrue(second.isProblem(), second::toString);
        assertEquals(1, admin.get("api/programmes").array().stream()
                .filter(v -> v.asJsonObject().getString("name").equals(name)).count());
        Reply demo = admin.post("api/programmes", programme("Synapse", "2027-01-01", "2027-12-31"));
        assertEquals(409, demo.status(), demo::toString);
    }

    @Test
    void onlyAdminsChangeProgrammes() {
        Reply r = coordinator.post("api/programmes", programme("By coordinator " + unique(), "2025-01-01", "2025-12-31"));
        assertEquals(403, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        Reply site = coordinator.post("api/sites", site("By coordinator " + unique(), "Lille"));
        assertEquals(403, site.status(), site::toString);
        Reply cohort = trainer.post("api/cohorts", cohort(programmes.get("Synapse"), sites.get(LILLE), "By trainer " + unique()));
        assertEquals(403, cohort.status(), cohort::toString);
    }

    @Test
    void programmeUpdateNeedsTheCurrentVersion() {
        long id = created(admin.post("api/programmes", programme("Versioned " + unique(), "2025-01-01", "2026-12-31")));
        JsonObject read = admin.get("api/programmes/" + id).object();
        long version = read.getJsonNumber("version").longValue();
        Reply ok = admin.put("api/programmes/" + id, Json.createObjectBuilder(read).add("funder", "ESF+").build().toString());
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(version + 1, ok.object().getJsonNumber("version").longValue());
        assertEquals("ESF+", ok.object().getString("funder"));

        Reply stale = admin.put("api/programmes/" + id, Json.createObjectBuilder(read).add("funder", "Région").build().toString());
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem(), stale::toString);
        assertEquals("ESF+", admin.get("api/programmes/" + id).object().getString("funder"));

        Reply renamed = admin.put("api/programmes/" + id,
                Json.createObjectBuilder(ok.object()).add("name", "PopSchool").build().toString());
        assertEquals(409, renamed.status(), "renaming onto an existing name: " + renamed);

        Reply unknown = admin.put("api/programmes/987654321", read.toString());
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.isProblem());
    }

    // ---------------------------------------------------------------- sites

    @Test
    void adminCreatesASite() {
        String name = "Espace numérique " + unique();
        Reply r = admin.post("api/sites", site(name, "Tourcoing"));
        assertEquals(201, r.status(), r::toString);
        long id = r.object().getJsonNumber("id").longValue();
        assertEquals(name, r.object().getString("name"));
        assertEquals("Tourcoing", r.object().getString("commune"));
        assertTrue(r.header("Location").endsWith("/api/sites/" + id), r.header("Location"));
        Reply read = admin.get("api/sites/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals(r.object(), read.object());
        assertFalse(byName(coordinator.get("api/sites")).containsKey(name), "a new site is not the coordinator's");
        assertEquals(id, byName(admin.get("api/sites")).get(name),
                "the admin's list (kept by EclipseLink, read in clients()) shows the new site at once");

        Reply duplicate = admin.post("api/sites", site(name, "Lille"));
        assertEquals(409, duplicate.status(), duplicate::toString);
        Reply noCommune = admin.post("api/sites", site("No commune " + unique(), " "));
        assertEquals(400, noCommune.status(), noCommune::toString);
        assertTrue(noCommune.errorFields().contains("commune"), noCommune::toString);

        long version = read.object().getJsonNumber("version").longValue();
        Reply stale = admin.put("api/sites/" + id, site(name, "Wattrelos", version - 1));
        assertEquals(409, stale.status(), stale::toString);
        Reply updated = admin.put("api/sites/" + id, site(name, "Wattrelos", version));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Wattrelos", updated.object().getString("commune"));
        assertEquals("Wattrelos", find(admin.get("api/sites"), name).getString("commune"), "the kept list shows the change");
    }

    // ---------------------------------------------------------------- cohorts

    @Test
    void cohortNeedsAKnownProgramme() {
        String name = "Orphan " + unique();
        Reply r = admin.post("api/cohorts", cohort(987_654_321L, sites.get(LILLE), name));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertTrue(r.errorFields().contains("programmeId"), r::toString);
        Reply missing = admin.post("api/cohorts", Json.createObjectBuilder().add("name", name).build().toString());
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.errorFields().containsAll(List.of("programmeId", "siteId", "startDate", "endDate")),
                missing::toString);
        assertFalse(cohortNames(admin).contains(name));
    }

    @Test
    void coordinatorCreatesCohortsOnItsOwnSitesOnly() {
        String own = "Roubaix IT " + unique();
        Reply r = coordinator.post("api/cohorts", cohort(programmes.get("Synapse"), sites.get(ROUBAIX), own));
        assertEquals(201, r.status(), r::toString);
        long id = r.object().getJsonNumber("id").longValue();
        assertEquals(own, r.object().getString("name"));
        assertEquals((long) sites.get(ROUBAIX), r.object().getJsonNumber("siteId").longValue());
        assertEquals(25, r.object().getInt("plannedHours"));
        assertTrue(r.header("Location").endsWith("/api/cohorts/" + id), r.header("Location"));
        assertEquals(r.object(), coordinator.get("api/cohorts/" + id).object());

        String foreign = "Valenciennes IT " + unique();
        Reply refused = coordinator.post("api/cohorts", cohort(programmes.get("PopSchool"), sites.get(VALENCIENNES), foreign));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.isProblem(), refused::toString);
        assertTrue(refused.errorFields().contains("siteId"), refused::toString);
        assertFalse(cohortNames(admin).contains(foreign), "stored on a foreign site");

        Reply move = coordinator.put("api/cohorts/" + id, Json.createObjectBuilder(r.object())
                .add("siteId", sites.get(VALENCIENNES)).build().toString());
        assertEquals(400, move.status(), move::toString);
        assertTrue(move.errorFields().contains("siteId"), move::toString);
    }

    @Test
    void cohortRulesAreChecked() {
        long synapse = programmes.get("Synapse");
        String name = "Rules " + unique();
        Reply backwards = admin.post("api/cohorts", Json.createObjectBuilder(Json.createReader(
                new java.io.StringReader(cohort(synapse, sites.get(LILLE), name))).readObject())
                .add("startDate", "2026-06-01").add("endDate", "2026-01-01").build().toString());
        assertEquals(400, backwards.status(), backwards::toString);
        Reply hours = admin.post("api/cohorts", Json.createObjectBuilder(Json.createReader(
                new java.io.StringReader(cohort(synapse, sites.get(LILLE), name))).readObject())
                .add("plannedHours", -5).build().toString());
        assertEquals(400, hours.status(), hours::toString);
        assertTrue(hours.errorFields().contains("plannedHours"), hours::toString);
        assertFalse(cohortNames(admin).contains(name));

        assertEquals(201, admin.post("api/cohorts", cohort(synapse, sites.get(LILLE), name)).status());
        Reply duplicate = admin.post("api/cohorts", cohort(synapse, sites.get(ROUBAIX), name));
        assertEquals(409, duplicate.status(), "same cohort name twice in a programme: " + duplicate);
    }

    @Test
    void cohortUpdateNeedsTheCurrentVersion() {
        long id = created(coordinator.post("api/cohorts", cohort(programmes.get("Synapse"), sites.get(LILLE), "Versioned " + unique())));
        JsonObject read = coordinator.get("api/cohorts/" + id).object();
        long version = read.getJsonNumber("version").longValue();
        Reply ok = coordinator.put("api/cohorts/" + id, Json.createObjectBuilder(read).add("plannedHours", 40).build().toString());
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(version + 1, ok.object().getJsonNumber("version").longValue());
        assertEquals(40, ok.object().getInt("plannedHours"));
        Reply stale = coordinator.put("api/cohorts/" + id, Json.createObjectBuilder(read).add("plannedHours", 50).build().toString());
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem(), stale::toString);
        assertEquals(40, coordinator.get("api/cohorts/" + id).object().getInt("plannedHours"));
    }

    // ---------------------------------------------------------------- bodies

    @Test
    void malformedAndEmptyBodiesAreBadRequestsOnCreate() {
        for (String path : List.of("api/programmes", "api/sites", "api/cohorts")) {
            for (String body : List.of("{\"name\": ", "", "[1, 2]")) {
                Reply r = admin.post(path, body);
                assertEquals(400, r.status(), "POST " + path + " <" + body + "> → " + r);
                assertTrue(r.isProblem(), "POST " + path + " <" + body + "> → " + r);
            }
        }
    }

    @Test
    void emptyBodiesAreBadRequestsOnUpdate() {
        long programme = created(admin.post("api/programmes", programme("Empty put " + unique(), "2025-01-01", "2025-12-31")));
        long site = created(admin.post("api/sites", site("Empty put " + unique(), "Lille")));
        long cohort = created(admin.post("api/cohorts", cohort(programmes.get("Synapse"), sites.get(LILLE), "Empty put " + unique())));
        for (String path : List.of("api/programmes/" + programme, "api/sites/" + site, "api/cohorts/" + cohort)) {
            Reply r = admin.put(path, "");
            assertEquals(400, r.status(), "PUT " + path + " with no body → " + r);
            assertTrue(r.isProblem(), "PUT " + path + " with no body → " + r);
        }
    }

    @Test
    void nullBodiesAreBadRequestsOnUpdate() {
        long programme = created(admin.post("api/programmes", programme("Null put " + unique(), "2025-01-01", "2025-12-31")));
        long site = created(admin.post("api/sites", site("Null put " + unique(), "Lille")));
        long cohort = created(admin.post("api/cohorts", cohort(programmes.get("Synapse"), sites.get(LILLE), "Null put " + unique())));
        for (String path : List.of("api/programmes/" + programme, "api/sites/" + site, "api/cohorts/" + cohort)) {
            Reply r = admin.put(path, "null");
            assertEquals(400, r.status(), "PUT " + path + " with a null body → " + r);
            assertTrue(r.isProblem(), "PUT " + path + " with a null body → " + r);
        }
    }

    @Test
    void periodErrorNamesTheEndDate() {
        Reply programme = admin.post("api/programmes", programme("Backwards " + unique(), "2026-06-01", "2026-01-01"));
        assertEquals(400, programme.status(), programme::toString);
        assertEquals(List.of("endDate"), programme.errorFields(), programme::toString);
        Reply cohort = admin.post("api/cohorts", Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                cohort(programmes.get("Synapse"), sites.get(LILLE), "Backwards " + unique()))).readObject())
                .add("startDate", "2026-06-01").add("endDate", "2026-01-01").build().toString());
        assertEquals(400, cohort.status(), cohort::toString);
        assertEquals(List.of("endDate"), cohort.errorFields(), cohort::toString);
    }

    // ---------------------------------------------------------------- service endpoints

    @Test
    void healthReportsTheDatabase() {
        Reply r = new Caller(Api.anonymous(base)).get("health");
        assertEquals(200, r.status(), r::toString);
        JsonObject health = r.object();
        assertEquals("UP", health.getString("status"), r::toString);
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> "database".equals(c.getString("name")) && "UP".equals(c.getString("status"))), r::toString);
    }

    @Test
    void openApiDescribesTheApi() {
        Reply r = new Caller(Api.anonymous(base)).get("openapi");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("/learners"), "no /learners in the OpenAPI document");
        assertTrue(r.body().contains("/programmes"), "no /programmes in the OpenAPI document");
    }

    // ---------------------------------------------------------------- helpers

    /** Every call goes through here: whatever the answer, it is never a server error. */
    record Caller(Api api) {
        Reply get(String path) { return checked(api.get(path)); }
        Reply post(String path, String json) { return checked(api.post(path, json)); }
        Reply put(String path, String json) { return checked(api.put(path, json)); }

        private static Reply checked(Reply r) {
            assertTrue(r.status() < 500, () -> "server error: " + r);
            return r;
        }
    }

    static String programme(String name, String start, String end) {
        return Json.createObjectBuilder().add("name", name).add("funder", "FEDER").add("startDate", start)
                .add("endDate", end).build().toString();
    }

    static String site(String name, String commune) {
        return Json.createObjectBuilder().add("name", name).add("commune", commune).build().toString();
    }

    static String site(String name, String commune, long version) {
        return Json.createObjectBuilder().add("name", name).add("commune", commune).add("version", version).build().toString();
    }

    static String cohort(long programmeId, long siteId, String name) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("programmeId", programmeId).add("siteId", siteId)
                .add("name", name).add("startDate", LocalDate.now().minusMonths(1).toString())
                .add("endDate", LocalDate.now().plusMonths(3).toString()).add("plannedHours", 25);
        return b.build().toString();
    }

    static Set<String> cohortNames(Caller caller) {
        return caller.get("api/cohorts").array().stream().map(v -> v.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
    }

    static Map<String, Long> byName(Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("name"), o -> o.getJsonNumber("id").longValue()));
    }

    static JsonObject find(Reply r, String name) {
        return r.array().stream().map(JsonValue::asJsonObject).filter(o -> o.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + r.body()));
    }

    static long created(Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }

    static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
