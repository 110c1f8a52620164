package org.tremplin.training.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.SharedApp;
import org.tremplin.testing.TrainingFixture;

/**
 * Sessions, registers and assessments through the API, black box: series with skipped dates,
 * a trainer's own scope, registers saved whole or not at all, hours, and bad input as 400s.
 */
class TrainingApiIT {

    final URL base = SharedApp.url();

    String seriesJson(TrainingFixture f, LocalDate first, int weeks, String skip) {
        return "{\"cohortId\":" + f.cohortId + ",\"date\":\"" + first + "\",\"startTime\":\"09:00\",\"endTime\":\"12:00\","
                + "\"trainer\":\"trainer\",\"topic\":\"Naviguer\",\"weeks\":" + weeks + ",\"skip\":[" + skip + "],"
                + "\"competences\":[\"1.1\"]}";
    }

    @Test
    void eightWeeklySessionsWithOneSkippedDateMakeExactlySeven() {
        TrainingFixture f = new TrainingFixture(base, 1);
        Api coordinator = Api.as(base, "coordinator");
        LocalDate first = LocalDate.now().minusWeeks(5);
        Reply series = coordinator.post("api/sessions/series", seriesJson(f, first, 8, "\"" + first.plusWeeks(3) + "\""));
        assertEquals(201, series.status(), series::toString);
        List<JsonObject> created = series.array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(7, created.size());
        assertFalse(created.stream().anyMatch(s -> s.getString("date").equals(first.plusWeeks(3).toString())));
        long seriesId = created.get(0).getJsonNumber("seriesId").longValue();
        assertTrue(created.stream().allMatch(s -> s.getJsonNumber("seriesId").longValue() == seriesId));
        assertEquals("7", coordinator.get("api/sessions?cohortId=" + f.cohortId + "&size=50").header("X-Total-Count"));

        Reply tooLong = coordinator.post("api/sessions/series", seriesJson(f, first, 60, ""));
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(List.of("weeks"), tooLong.errorFields());
        Reply outside = coordinator.post("api/sessions/series", seriesJson(f, first, 30, ""));
        assertEquals(409, outside.status(), "the series runs past the cohort's end: " + outside);
        assertEquals(List.of("date"), outside.errorFields());
        assertEquals("7", coordinator.get("api/sessions?cohortId=" + f.cohortId).header("X-Total-Count"), "nothing half-written");
        Reply backwards = coordinator.post("api/sessions", "{\"cohortId\":" + f.cohortId + ",\"date\":\"" + first
                + "\",\"startTime\":\"14:00\",\"endTime\":\"12:00\",\"trainer\":\"trainer\",\"topic\":\"x\"}");
        assertEquals(400, backwards.status(), "an end before the start is invalid input, not a conflict: " + backwards);
        assertEquals(List.of("endTime"), backwards.errorFields());
        Reply badTime = coordinator.post("api/sessions", "{\"cohortId\":" + f.cohortId + ",\"date\":\"" + first
                + "\",\"startTime\":\"25:00\",\"endTime\":\"12:00\",\"trainer\":\"trainer\",\"topic\":\"x\",\"competences\":[\"7.7\"]}");
        assertEquals(400, badTime.status(), badTime::toString);
        assertEquals(List.of("competences", "startTime"), badTime.errorFields().stream().sorted().toList());
    }

    @Test
    void aTrainerSeesOnlyTheSessionsTheyLead() {
        TrainingFixture f = new TrainingFixture(base, 2);
        long mine = f.session(LocalDate.now(), "trainer");
        long theirs = f.session(LocalDate.now(), "trainer2");
        Api trainer = Api.as(base, "trainer");
        assertEquals(200, trainer.get("api/sessions/" + mine).status());
        assertEquals(404, trainer.get("api/sessions/" + theirs).status(), "another trainer's session");
        assertEquals(404, trainer.get("api/sessions/" + theirs + "/attendance").status());
        assertEquals(404, trainer.put("api/sessions/" + theirs + "/attendance",
                "[{\"learnerId\":" + f.learners.get(0) + ",\"status\":\"PRESENT\"}]").status());
        List<Long> listed = trainer.get("api/sessions?cohortId=" + f.cohortId).array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(mine), listed);
        assertEquals(403, trainer.post("api/sessions", "{}").status(), "trainers do not plan");
        assertEquals(403, Api.as(base, "funder").get("api/sessions").status());
        assertEquals(401, Api.anonymous(base).get("api/sessions").status());
        assertEquals(200, Api.as(base, "coordinator").get("api/sessions/" + theirs).status(), "coordinators see their sites");
    }

    @Test
    void theRegisterIsSavedWholeAndCountsTheHoursOfPresentAndLate() {
        TrainingFixture f = new TrainingFixture(base, 4);
        long session = f.session(LocalDate.now(), "trainer");
        Api trainer = Api.as(base, "trainer");
        Reply bad = trainer.put("api/sessions/" + session + "/attendance", "[{\"learnerId\":" + f.learners.get(0)
                + ",\"status\":\"PRESENT\"},{\"learnerId\":" + f.learners.get(1) + ",\"status\":\"ASLEEP\"}]");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("[1].status"), bad.errorFields());
        Reply stranger = trainer.put("api/sessions/" + session + "/attendance", "[{\"learnerId\":" + f.learners.get(0)
                + ",\"status\":\"PRESENT\"},{\"learnerId\":1,\"status\":\"PRESENT\"}]");
        assertEquals(409, stranger.status(), stranger::toString);
        assertTrue(trainer.get("api/sessions/" + session + "/attendance").array().stream()
                .allMatch(v -> !v.asJsonObject().containsKey("status") || v.asJsonObject().isNull("status")), "nothing half-written");

        Reply saved = trainer.put("api/sessions/" + session + "/attendance", "[{\"learnerId\":" + f.learners.get(0)
                + ",\"status\":\"PRESENT\"},{\"learnerId\":" + f.learners.get(1) + ",\"status\":\"late\"},{\"learnerId\":"
                + f.learners.get(2) + ",\"status\":\"EXCUSED\"},{\"learnerId\":" + f.learners.get(3) + ",\"status\":\"ABSENT\"}]");
        assertEquals(200, saved.status(), saved::toString);
        Map<Long, Integer> minutes = saved.array().stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                o -> o.getJsonNumber("learnerId").longValue(), o -> o.getInt("minutes")));
        assertEquals(Map.of(f.learners.get(0), 180, f.learners.get(1), 180, f.learners.get(2), 0, f.learners.get(3), 0), minutes);
        assertTrue(trainer.get("api/sessions/" + session).object().getBoolean("attendanceTaken"));

        Reply future = trainer.put("api/sessions/" + f.session(LocalDate.now().plusDays(2), "trainer") + "/attendance",
                "[{\"learnerId\":" + f.learners.get(0) + ",\"status\":\"PRESENT\"}]");
        assertEquals(409, future.status(), "attendance is taken on the day: " + future);

        // the address first (404 for a session that does not exist, whatever the body), then the body (400)
        Reply noSuchSession = trainer.put("api/sessions/999999999/attendance", "[]");
        assertEquals(404, noSuchSession.status(), noSuchSession::toString);
        assertTrue(noSuchSession.isProblem(), noSuchSession::toString);
        Reply empty = trainer.put("api/sessions/" + session + "/attendance", "[]");
        assertEquals(400, empty.status(), empty::toString);
        Reply echoed = trainer.put("api/sessions/" + session + "/attendance", "[{\"learnerId\":" + f.learners.get(0)
                + ",\"status\":\"ABSENT\",\"minutes\":180}]");
        assertEquals(400, echoed.status(), "minutes are counted, not taken: " + echoed);
        assertEquals(List.of("[0].minutes"), echoed.errorFields(), echoed::toString);
        Reply unknownLearner = trainer.put("api/sessions/" + session + "/attendance", "[{\"learnerId\":" + f.learners.get(0)
                + ",\"status\":\"PRESENT\"},{\"learnerId\":987654321,\"status\":\"PRESENT\"}]");
        assertEquals(409, unknownLearner.status(), "a learner who is not a member on the day: " + unknownLearner);

        // a session keeps its cohort: a PUT naming another is refused by name, not ignored
        JsonObject stored = Api.as(base, "coordinator").get("api/sessions/" + session).object();
        String moved = Json.createObjectBuilder(stored).add("cohortId", stored.getJsonNumber("cohortId").longValue() + 1)
                .remove("attendanceTaken").remove("sheetOnFile").remove("minutes").remove("cancelled").remove("seriesId")
                .build().toString();
        Reply other = Api.as(base, "coordinator").put("api/sessions/" + session, moved);
        assertEquals(400, other.status(), other::toString);
        assertEquals(List.of("cohortId"), other.errorFields(), other::toString);
    }

    /**
     * The register's lines for the offline register: a remark kept until changed, a client id that makes a resend
     * harmless, and a reading time that turns a line someone else changed since into a 409 with the lines to choose.
     */
    @Test
    void aRegisterLineKeepsItsRemarkAResendChangesNothingAndALaterChangeIsAConflict() {
        TrainingFixture f = new TrainingFixture(base, 2);
        long session = f.session(LocalDate.now(), "trainer");
        Api trainer = Api.as(base, "trainer");
        String path = "api/sessions/" + session + "/attendance";
        long a = f.learners.get(0);
        long b = f.learners.get(1);
        String readBefore = java.time.Instant.now().minusSeconds(5).toString();
        Reply first = trainer.put(path, "[{\"learnerId\":" + a + ",\"status\":\"LATE\",\"remark\":\" bus en panne \",\"clientId\":\"c-a-1\",\"seenAt\":\""
                + readBefore + "\"}]");
        assertEquals(200, first.status(), first::toString);
        JsonObject line = line(first, a);
        assertEquals("bus en panne", line.getString("remark"));
        assertEquals("c-a-1", line.getString("clientId"));
        assertEquals("trainer", line.getString("markedBy"));
        String markedAt = line.getString("markedAt");

        Reply resent = trainer.put(path, "[{\"learnerId\":" + a + ",\"status\":\"LATE\",\"clientId\":\"c-a-1\",\"seenAt\":\"" + readBefore + "\"}]");
        assertEquals(200, resent.status(), resent::toString);
        assertEquals(markedAt, line(resent, a).getString("markedAt"), "the resend is recognised: nothing written");
        Reply statusOnly = trainer.put(path, "[{\"learnerId\":" + a + ",\"status\":\"PRESENT\"}]");
        assertEquals("bus en panne", line(statusOnly, a).getString("remark"), "no remark given: the stored one stays");

        // the coordinator changes learner a after the trainer's offline reading: the trainer's batch is refused whole
        assertEquals(200, f.admin.put(path, "[{\"learnerId\":" + a + ",\"status\":\"EXCUSED\"}]").status());
        Reply conflict = trainer.put(path, "[{\"learnerId\":" + a + ",\"status\":\"ABSENT\",\"clientId\":\"c-a-2\",\"seenAt\":\""
                + readBefore + "\"},{\"learnerId\":" + b + ",\"status\":\"PRESENT\",\"clientId\":\"c-b-1\",\"seenAt\":\"" + readBefore + "\"}]");
        assertEquals(409, conflict.status(), conflict::toString);
        assertTrue(conflict.isProblem(), conflict::toString);
        JsonObject c = conflict.object().getJsonArray("conflicts").getJsonObject(0);
        assertEquals(1, conflict.object().getJsonArray("conflicts").size(), conflict::toString);
        assertEquals(a, c.getJsonNumber("learnerId").longValue());
        assertEquals("ABSENT", c.getString("yours"));
        assertEquals("EXCUSED", c.getString("theirs"));
        assertEquals("admin", c.getString("by"));
        Reply now = trainer.get(path);
        assertEquals("EXCUSED", line(now, a).getString("status"));
        assertFalse(line(now, b).containsKey("status"), "nothing half-written: " + now);
        // keeping their own mark: read as of the other's change, it is taken
        Reply kept = trainer.put(path, "[{\"learnerId\":" + a + ",\"status\":\"ABSENT\",\"clientId\":\"c-a-3\",\"seenAt\":\""
                + c.getString("at") + "\"}]");
        assertEquals("ABSENT", line(kept, a).getString("status"), kept::toString);

        Reply bad = trainer.put(path, "[{\"learnerId\":" + a + ",\"status\":\"PRESENT\",\"clientId\":\"not a uuid!\",\"seenAt\":\"yesterday\",\"remark\":\""
                + "x".repeat(201) + "\"}]");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("[0].remark", "[0].clientId", "[0].seenAt"), bad.errorFields(), bad::toString);

        // the page's session is the only other way in, and only with a session: the header alone is a 401
        Reply anonymous = Api.anonymous(base).getWithHeader(path, "X-Tremplin-Page", "register");
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    private static JsonObject line(Reply register, long learner) {
        return register.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("learnerId").longValue() == learner).findFirst().orElseThrow();
    }

    @Test
    void assessmentsTakeLevelsOneToEightOfKnownCompetences() {
        TrainingFixture f = new TrainingFixture(base, 1);
        f.session(LocalDate.now(), "trainer"); // a trainer sees the learners of the cohorts where they lead a session
        Api trainer = Api.as(base, "trainer");
        String learner = "\"learnerId\":" + f.learners.get(0);
        Reply nine = trainer.post("api/assessments", "{" + learner + ",\"date\":\"" + LocalDate.now()
                + "\",\"kind\":\"ENTRY\",\"method\":\"SELF\",\"levels\":{\"1.1\":9,\"2.1\":3}}");
        assertEquals(400, nine.status(), nine::toString);
        assertTrue(nine.isProblem());
        assertEquals(List.of("levels.1.1"), nine.errorFields());
        assertTrue(nine.body().contains("from 1 to 8"), nine.body());
        Reply unknown = trainer.post("api/assessments", "{" + learner + ",\"date\":\"" + LocalDate.now()
                + "\",\"kind\":\"ENTRY\",\"method\":\"SELF\",\"levels\":{\"9.9\":3}}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("levels.9.9"), unknown.errorFields());
        Reply words = trainer.post("api/assessments", "{" + learner + ",\"date\":\"2026-02-30\",\"kind\":\"LATER\","
                + "\"method\":\"SELF\",\"levels\":{\"1.1\":\"three\",\"1.2\":2.5}}");
        assertEquals(400, words.status(), words::toString);
        assertEquals(List.of("date", "kind", "levels.1.1", "levels.1.2"), words.errorFields().stream().sorted().toList());
        Reply tomorrow = trainer.post("api/assessments", "{" + learner + ",\"date\":\"" + LocalDate.now().plusDays(1)
                + "\",\"kind\":\"ENTRY\",\"method\":\"SELF\",\"levels\":{\"1.1\":2}}");
        assertEquals(400, tomorrow.status(), "a date in the future is bad input, not a conflict: " + tomorrow);
        assertEquals(List.of("date"), tomorrow.errorFields());
        assertEquals(0, trainer.get("api/assessments?learnerId=" + f.learners.get(0)).array().size(), "nothing stored");

        Reply ok = trainer.post("api/assessments", "{" + learner + ",\"date\":\"" + LocalDate.now()
                + "\",\"kind\":\"ENTRY\",\"method\":\"PIX\",\"levels\":{\"1.1\":2,\"5.4\":8}}");
        assertEquals(201, ok.status(), ok::toString);
        assertEquals(8, ok.object().getJsonObject("levels").getInt("5.4"));
        assertEquals(1, trainer.get("api/assessments?learnerId=" + f.learners.get(0)).array().size());
        assertEquals(400, trainer.get("api/assessments").status(), "learnerId required");
    }

    /**
     * An assessment recorded in error is corrected (at the version read; a stale one is a conflict) or deleted, by
     * those who may record it; another site's trainer does not find it, a funder is refused.
     */
    @Test
    void anAssessmentIsCorrectedAtItsVersionOrDeleted() {
        TrainingFixture f = new TrainingFixture(base, 1);
        f.session(LocalDate.now(), "trainer");
        Api trainer = Api.as(base, "trainer");
        Reply created = trainer.post("api/assessments", "{\"learnerId\":" + f.learners.get(0) + ",\"date\":\"" + LocalDate.now()
                + "\",\"kind\":\"ENTRY\",\"method\":\"TRAINER\",\"levels\":{\"1.1\":2}}");
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        long version = created.object().getJsonNumber("version").longValue();
        String correction = "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"kind\":\"ENTRY\",\"method\":\"TRAINER\","
                + "\"levels\":{\"1.1\":3,\"2.1\":4},\"note\":\"niveau corrigé\",\"version\":";
        Reply corrected = trainer.put("api/assessments/" + id, correction + version + "}");
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(3, corrected.object().getJsonObject("levels").getInt("1.1"));
        assertEquals(4, corrected.object().getJsonObject("levels").getInt("2.1"));
        assertEquals(LocalDate.now().minusDays(1).toString(), f.admin.get("api/assessments/" + id).object().getString("date"));
        Reply stale = trainer.put("api/assessments/" + id, correction + version + "}");
        assertEquals(409, stale.status(), "the version read before the correction: " + stale);
        Reply moved = trainer.put("api/assessments/" + id, "{\"learnerId\":1," + correction.substring(1)
                + corrected.object().getJsonNumber("version") + "}");
        assertEquals(400, moved.status(), "an assessment keeps its learner: " + moved);
        assertEquals(List.of("learnerId"), moved.errorFields());
        Reply bad = trainer.put("api/assessments/" + id, "{\"date\":\"tomorrow\",\"kind\":\"ENTRY\",\"method\":\"TRAINER\","
                + "\"levels\":{\"1.1\":9},\"version\":" + corrected.object().getJsonNumber("version") + "}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("date", "levels.1.1"), bad.errorFields().stream().sorted().toList());
        assertEquals(404, trainer.put("api/assessments/999999999", correction + "0}").status());

        assertEquals(404, Api.as(base, "trainer3").delete("api/assessments/" + id).status(), "not a learner of theirs");
        assertEquals(403, Api.as(base, "funder").delete("api/assessments/" + id).status());
        assertEquals(204, trainer.delete("api/assessments/" + id).status());
        assertEquals(404, f.admin.get("api/assessments/" + id).status());
        assertEquals(404, trainer.delete("api/assessments/" + id).status(), "gone: deleting again finds nothing");
        assertEquals(0, f.admin.get("api/assessments?learnerId=" + f.learners.get(0)).array().size());
    }

    /**
     * The demo is data the app itself would accept: each session led by a trainer of its cohort's site, who can
     * open it (a session assigned to a trainer of another site answers them 404), every demo trainer leading
     * some, and no enrolment entering after its cohort's end or leaving before it entered.
     */
    @Test
    void theDemoDataKeepsTheRulesTheAppEnforces() {
        Api admin = Api.as(base, "admin");
        Map<Long, JsonObject> cohorts = admin.get("api/cohorts").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getJsonNumber("id").longValue(), c -> c));
        Map<String, String> siteNames = admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> String.valueOf(o.getJsonNumber("id").longValue()), o -> o.getString("name")));
        List<JsonObject> sessions = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Reply r = admin.get("api/sessions?size=200&page=" + page);
            assertEquals(200, r.status(), r::toString);
            r.array().forEach(v -> sessions.add(v.asJsonObject()));
            if (r.array().size() < 200) {
                break;
            }
        }
        Map<String, Api> trainers = Map.of("trainer", Api.as(base, "trainer"), "trainer2", Api.as(base, "trainer2"),
                "trainer3", Api.as(base, "trainer3"));
        Map<String, java.util.Set<String>> ledAt = new java.util.TreeMap<>();
        List<String> broken = new java.util.ArrayList<>();
        for (JsonObject session : sessions) {
            String trainer = session.getString("trainer");
            JsonObject cohort = cohorts.get(session.getJsonNumber("cohortId").longValue());
            String site = siteNames.get(String.valueOf(cohort.getJsonNumber("siteId").longValue()));
            ledAt.computeIfAbsent(trainer, t -> new java.util.TreeSet<>()).add(site);
            Api as = trainers.get(trainer);
            if (as != null && as.get("api/sessions/" + session.getJsonNumber("id").longValue()).status() != 200) {
                broken.add(trainer + " cannot open their session " + session.getJsonNumber("id") + " at " + site);
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(java.util.Set.of("Centre social Lille-Sud"), ledAt.get("trainer"), "trainer works at Lille-Sud only: " + ledAt);
        assertTrue(ledAt.containsKey("trainer2") && java.util.Set.of("Centre social Lille-Sud", "Médiathèque de Roubaix")
                .containsAll(ledAt.get("trainer2")), "trainer2 leads sessions at their own sites: " + ledAt);
        assertEquals(java.util.Set.of("PopSchool Valenciennes"), ledAt.get("trainer3"), ledAt::toString);

        for (JsonObject cohort : cohorts.values()) {
            LocalDate end = LocalDate.parse(cohort.getString("endDate"));
            for (JsonValue v : admin.get("api/enrolments?cohortId=" + cohort.getJsonNumber("id")).array()) {
                JsonObject e = v.asJsonObject();
                LocalDate entry = LocalDate.parse(e.getString("entryDate"));
                if (entry.isAfter(end)) {
                    broken.add("enrolment " + e.getJsonNumber("id") + " enters on " + entry + " after its cohort's end " + end);
                }
                if (e.get("exitDate") instanceof JsonString exit && LocalDate.parse(exit.getString()).isBefore(entry)) {
                    broken.add("enrolment " + e.getJsonNumber("id") + " leaves before it enters");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    static byte[] pixSample() {
        try (java.io.InputStream in = TrainingApiIT.class.getResourceAsStream("/pix/pix-orga-sample.csv")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long learnerNamed(Api api, String name) {
        JsonValue found = api.get("api/learners?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .array().stream().filter(v -> (v.asJsonObject().getString("firstName") + " " + v.asJsonObject().getString("lastName"))
                        .equals(name)).findFirst().orElseThrow(() -> new AssertionError("no demo learner " + name));
        return found.asJsonObject().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> pixAssessments(Api api, long learnerId) {
        return api.get("api/assessments?learnerId=" + learnerId).array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("method").equals("PIX")).toList();
    }

    @Test
    void thePixOrgaSampleBecomesOnePixAssessmentPerRecognisedParticipantAndABrokenFileStoresNothing() {
        Api coordinator = Api.as(base, "coordinator");
        long elodie = learnerNamed(coordinator, "Élodie Martin");
        long aicha = learnerNamed(coordinator, "Aïcha Benali");
        assertEquals(List.of(), pixAssessments(coordinator, elodie));

        Reply preview = coordinator.post("api/assessments/import/pix?dryRun=true", "text/csv", pixSample());
        assertEquals(200, preview.status(), preview::toString);
        JsonObject p = preview.object();
        assertTrue(p.getBoolean("dryRun"));
        assertEquals("Positionnement Synapse printemps", p.getString("campaign"));
        assertEquals(4, p.getInt("rows"));
        assertEquals(2, p.getInt("imported"), "Élodie Martin and Aïcha Benali would be imported");
        Map<String, String> notImported = p.getJsonArray("notImported").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("name"), r -> r.getInt("line") + " " + r.getString("status")));
        assertEquals(Map.of("Zoé Personne-Inconnue", "4 UNMATCHED", "Patrick Caron", "5 NOT_SENT"), notImported);
        assertEquals(List.of(), pixAssessments(coordinator, elodie), "a preview stores nothing");

        String text = new String(pixSample(), java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = text.replace("\"Benali\";\"Aïcha\";\"O\";\"2026-03-14\";\"320\";\"N\";\"16\";\"3\"",
                "\"Benali\";\"Aïcha\";\"O\";\"2026-03-14\";\"320\";\"N\";\"16\";\"douze\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Reply refused = coordinator.post("api/assessments/import/pix", "text/csv", broken);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        assertEquals(List.of("line 3"), refused.errorFields());
        assertTrue(refused.body().contains("a whole number from 0 to 8"), refused::toString);
        assertEquals(List.of(), pixAssessments(coordinator, elodie), "all or nothing: Élodie's valid line was not stored either");

        Reply imported = coordinator.post("api/assessments/import/pix?kind=ENTRY", "text/csv", pixSample());
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.object().getInt("imported"));
        List<JsonObject> hers = pixAssessments(coordinator, elodie);
        assertEquals(1, hers.size());
        assertEquals("2026-03-12", hers.get(0).getString("date"));
        assertEquals("ENTRY", hers.get(0).getString("kind"));
        Map<String, Integer> levels = hers.get(0).getJsonObject("levels").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).intValue()));
        // Pix 1.1=2 1.2=1 1.3=1 2.1=3 2.2=2 2.3=2 2.4=1 3.1=2 3.2=1 3.3=1 3.4=0 4.1=1 4.2=2 4.3=1 5.1=1 5.2=1, through pix-digcomp.csv
        assertEquals(Map.ofEntries(Map.entry("1.1", 2), Map.entry("1.2", 2), Map.entry("1.3", 1), Map.entry("2.1", 3),
                Map.entry("2.5", 3), Map.entry("2.2", 2), Map.entry("2.4", 2), Map.entry("2.3", 1), Map.entry("2.6", 1),
                Map.entry("3.1", 1), Map.entry("3.2", 1), Map.entry("3.3", 1), Map.entry("4.1", 1), Map.entry("4.2", 2),
                Map.entry("4.3", 1), Map.entry("4.4", 1), Map.entry("5.1", 1), Map.entry("5.2", 1)), levels);
        assertEquals(1, pixAssessments(coordinator, aicha).size());

        Reply again = coordinator.post("api/assessments/import/pix", "text/csv", pixSample());
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.object().getInt("imported"), "the same file twice stores nothing new");
        assertEquals(2, again.object().getInt("alreadyImported"));
        assertEquals(1, pixAssessments(coordinator, elodie).size());

        Reply notPix = coordinator.post("api/assessments/import/pix", "text/csv", "nom;prenom\nMartin;Élodie\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, notPix.status(), notPix::toString);
        assertEquals(List.of("body"), notPix.errorFields());
        Reply badParams = coordinator.post("api/assessments/import/pix?kind=LATER&match=3-12&dryRun=maybe", "text/csv", pixSample());
        assertEquals(400, badParams.status(), badParams::toString);
        assertEquals(List.of("dryRun", "kind", "match"), badParams.errorFields().stream().sorted().toList());
        assertEquals(403, Api.as(base, "funder").post("api/assessments/import/pix", "text/csv", pixSample()).status());
        assertEquals(403, Api.as(base, "trainer").post("api/assessments/import/pix", "text/csv", pixSample()).status());
    }
}
