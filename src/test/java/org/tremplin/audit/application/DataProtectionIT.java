package org.tremplin.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.audit.domain.ChainCheck;
import org.tremplin.outcome.infrastructure.FollowUpsDue;
import org.tremplin.report.infrastructure.MultiSitePersons;
import org.tremplin.report.infrastructure.SiteEnrolmentCounts;
import org.tremplin.report.infrastructure.SiteLearnerCounts;
import org.tremplin.report.infrastructure.ProgrammePersons;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.Browser;
import org.tremplin.testing.FormClient;
import org.tremplin.testing.Deployments;
import org.tremplin.testing.TrainingFixture;

/**
 * The audit trail and the rights of the person, in the real container: changes, sign-ins, denied
 * accesses and exports land in the trail as the API is used (names of changed fields only, never
 * values); the chain check finds a row edited or removed directly in the database, at that row.
 */
@ExtendWith(ArquillianExtension.class)
class DataProtectionIT {

    static final String LILLE = "Centre social Lille-Sud";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/tremplin")
    DataSource ds;

    @Inject
    AuditTrail trail;

    // ---------------------------------------------------------------- audit trail: the chain (in the container)

    @Test
    void chainCheckFindsARowEditedInTheDatabaseAtThatRow() throws SQLException {
        ChainCheck before = trail.verify();
        assertTrue(before.isIntact(), () -> "demo data's trail not intact: " + before);
        assertTrue(before.checked() > 10, "demo data is audited: " + before.checked() + " events");
        long target = before.checked() / 2;
        String original = column(target, "actor");
        try {
            update("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?", target);
            ChainCheck tampered = trail.verify();
            assertFalse(tampered.isIntact());
            assertEquals(target, tampered.brokenAt(), tampered::toString);
            assertEquals(target - 1, tampered.checked(), "every event before the edited one checks out");
            assertTrue(tampered.reason().contains("changed"), tampered.reason());
        } finally {
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE audit_event SET actor = ? WHERE seq = ?")) {
                s.setString(1, original);
                s.setLong(2, target);
                s.executeUpdate();
            }
        }
        assertTrue(trail.verify().isIntact(), "the original value restores the chain");
    }

    @Test
    void chainCheckFindsARemovedRowAndARewrittenHash() throws SQLException {
        long target = trail.verify().checked() / 3;
        String hash = column(target, "hash");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            // remove an event: the next one no longer follows
            try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_event WHERE seq = ?")) {
                s.setLong(1, target);
                s.executeUpdate();
            }
            ChainCheck removed = verifyWith(c);
            assertEquals(target, removed.brokenAt(), removed::toString);
            assertTrue(removed.reason().contains("missing"), removed.reason());
            c.rollback();
        }
        // an edit that also recomputes the row's own hash still breaks the link to the next event
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE audit_event SET hash = ? WHERE seq = ?")) {
                s.setString(1, "f".repeat(64));
                s.setLong(2, target);
                s.executeUpdate();
            }
            ChainCheck rewritten = verifyWith(c);
            assertEquals(target, rewritten.brokenAt(), rewritten::toString);
            c.rollback();
        }
        assertEquals(hash, column(target, "hash"));
        assertTrue(trail.verify().isIntact());
    }

    // ---------------------------------------------------------------- audit trail: what lands in it (over HTTP)

    @Test
    @RunAsClient
    void changesSignInsDenialsAndExportsAreAuditedWithoutValues() {
        Api coordinator = Api.as(base, "coordinator");
        Api admin = Api.as(base, "admin");
        String last = "Audited" + Api.uniqueWord();
        long id = created(coordinator.post("api/learners", learner("Ines", last, sites(admin).get(LILLE))));
        JsonObject read = coordinator.get("api/learners/" + id).object();
        String changed = Api.learnerToSend(read).add("email", "secret." + last.toLowerCase() + "@example.org")
                .add("phone", "07 00 00 00 01").build().toString();
        assertEquals(200, coordinator.put("api/learners/" + id, changed).status());

        List<JsonObject> events = events(admin, "targetType=Learner&targetId=" + id);
        assertTrue(events.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("actor").equals("coordinator")), events::toString);
        JsonObject update = events.stream().filter(e -> e.getString("action").equals("UPDATE")).findFirst()
                .orElseThrow(() -> new AssertionError("no UPDATE event: " + events));
        assertEquals("fields: email, phone", update.getString("detail"));
        String all = admin.get("api/audit?size=200").body();
        assertFalse(all.contains("secret."), "a changed value is never in the trail");
        assertFalse(all.contains(last), "a name is never in the trail");

        assertEquals(401, Api.as(base, "coordinator", "wrong-password-" + last).get("api/learners").status());
        assertTrue(events(admin, "action=LOGIN_FAILED&actor=coordinator").size() >= 1);
        assertEquals(200, coordinator.get("api/learners?size=1").status()); // resets the throttle

        assertEquals(403, Api.as(base, "funder").get("api/learners/" + id).status());
        assertTrue(events(admin, "action=ACCESS_DENIED&actor=funder").stream()
                .anyMatch(e -> e.getString("detail").equals("GET /api/learners/" + id)));

        Api.File csv = coordinator.download("api/reports/esf?programme=" + synapse(admin), "text/csv");
        assertEquals(200, csv.status());
        assertTrue(events(admin, "action=EXPORT&actor=coordinator").stream()
                .anyMatch(e -> e.getString("detail").startsWith("GET /api/reports/esf")), "export audited");

        // a later page of the trail follows the first (the statement says its own bounds: AuditLog.bounds)
        Reply first = admin.get("api/audit?size=20");
        long last20 = first.array().getJsonObject(19).getJsonNumber("seq").longValue();
        long next = admin.get("api/audit?page=1&size=20").array().getJsonObject(0).getJsonNumber("seq").longValue();
        // (the call itself may have appended an event or two since: the second page then starts that much higher)
        assertTrue(next <= last20 && next >= last20 - 3, "the second page goes on from the first: " + last20 + ", then " + next);

        Reply verify = admin.get("api/audit/verify");
        assertEquals(200, verify.status(), verify::toString);
        assertTrue(verify.object().getBoolean("intact"), verify::toString);
        assertEquals(403, coordinator.get("api/audit").status(), "the trail is for admins only");
        assertEquals(400, admin.get("api/audit?action=NOPE").status());
        assertEquals(400, admin.get("api/audit?from=2025-02-30").status());
        Api.File export = admin.download("api/audit?targetType=Learner&targetId=" + id, "text/csv");
        assertEquals(200, export.status());
        assertTrue(export.text().contains(";CREATE;Learner;" + id + ";"), export.text());
    }

    // ---------------------------------------------------------------- rights of the person (over HTTP)

    @Test
    @RunAsClient
    void dossierOfADemoLearnerHoldsEverythingAndErasureLeavesTheFiguresAndNoName() throws Exception {
        Api admin = Api.as(base, "admin");
        long programme = synapse(admin);
        // a demo learner with loans, attendance, assessments, outcomes and consents
        JsonObject dossier = null;
        long id = 0;
        for (JsonValue loan : admin.get("api/loans?size=200").array()) {
            long candidate = loan.asJsonObject().getJsonNumber("learnerId").longValue();
            Reply r = admin.get("api/learners/" + candidate + "/dossier");
            assertEquals(200, r.status(), r::toString);
            JsonObject sections = r.object().getJsonObject("sections");
            if (Stream.of("loans", "attendance", "assessments", "outcomes", "consents", "enrolments")
                    .allMatch(k -> !sections.getJsonArray(k).isEmpty())) {
                dossier = r.object();
                id = candidate;
                break;
            }
        }
        assertNotNull(dossier, "no demo learner with loans, attendance, assessments, outcomes and consents");
        JsonObject person = dossier.getJsonObject("person");
        String first = person.getString("firstName");
        String last = person.getString("lastName");
        String name = first + " " + last;
        JsonObject sections = dossier.getJsonObject("sections");
        assertTrue(sections.getJsonArray("loans").getJsonObject(0).containsKey("assetTag"), sections::toString);
        assertTrue(sections.getJsonArray("attendance").getJsonObject(0).containsKey("status"));
        assertTrue(sections.getJsonArray("assessments").getJsonObject(0).containsKey("level"));
        assertTrue(sections.getJsonArray("outcomes").getJsonObject(0).containsKey("timing"));
        assertTrue(sections.getJsonArray("consents").getJsonObject(0).containsKey("purpose"));
        assertFalse(person.containsKey("searchKey"), "internal columns stay out");
        Api.File pdf = admin.download("api/learners/" + id + "/dossier", "application/pdf");
        assertEquals(200, pdf.status());
        String pdfText = Browser.pdfText(pdf.bytes());
        assertTrue(pdfText.contains(last) && pdfText.contains("Prêts de matériel") && pdfText.contains("Présences"),
                pdfText);
        assertEquals(403, Api.as(base, "trainer").get("api/learners/" + id + "/dossier").status(),
                "a trainer never exports a person");
        assertTrue(events(admin, "action=EXPORT&actor=admin").stream()
                .anyMatch(e -> e.getString("detail").contains("/dossier")), "the export is audited");

        JsonObject esfBefore = admin.get("api/reports/esf?programme=" + programme).object();
        Reply erase = admin.delete("api/learners/" + id);
        assertEquals(204, erase.status(), erase::toString);
        JsonObject esfAfter = admin.get("api/reports/esf?programme=" + programme).object();
        assertEquals(esfBefore.getJsonArray("indicators"), esfAfter.getJsonArray("indicators"),
                "the ESF+ figures are the same after the erasure");

        // the name appears nowhere: API, dossier, exports, pages
        Reply read = admin.get("api/learners/" + id);
        assertFalse(read.body().contains(first) || read.body().contains(last), read.body());
        assertTrue(read.object().getJsonNumber("birthYear") != null, "the birth year stays");
        assertTrue(!read.object().containsKey("birthDate") || read.object().isNull("birthDate"));
        assertFalse(admin.get("api/learners?size=200&q=" + enc(last)).body().contains("\"id\":" + id + ","));
        String after = admin.get("api/learners/" + id + "/dossier").body();
        assertFalse(after.contains(name) || after.contains(last + " " + first), after);
        assertFalse(Browser.pdfText(admin.download("api/learners/" + id + "/dossier", "application/pdf").bytes())
                .contains(last));
        for (String code : List.of("EECO01", "EECR01", "EECR04")) {
            Api.File people = admin.download("api/reports/esf/people?programme=" + programme + "&code=" + code, "text/csv");
            assertEquals(200, people.status());
            assertFalse(people.text().contains(last + ";" + first) || people.text().contains(name), people.text());
        }
        assertFalse(admin.download("api/audit", "text/csv").text().contains(last), "nor in the audit trail");
        assertTrue(events(admin, "action=ERASURE&targetType=Learner&targetId=" + id).size() == 1);
        FormClient web = FormClient.logIn(base, "admin");
        for (String page : List.of("learners/view.xhtml?id=" + id, "learners/list.xhtml",
                "outcomes/queue.xhtml", "equipment/loans.xhtml")) {
            FormClient.Page answer = web.get(page);
            assertEquals(200, answer.status(), page);
            String html = answer.body();
            assertFalse(html.contains(name) || html.contains(last + " " + first), page + " shows the erased name");
        }
    }

    @Test
    @RunAsClient
    void restrictionHidesFromSearchAndTrainersButKeepsCounting() {
        Api admin = Api.as(base, "admin");
        Api coordinator = Api.as(base, "coordinator");
        long programme = synapse(admin);
        String last = "Restricted" + Api.uniqueWord();
        long id = created(coordinator.post("api/learners", learner("Rosa", last, sites(admin).get(LILLE))));
        assertEquals(1, total(coordinator.get("api/learners?q=" + last)));
        TrainingFixture.enrolWithTrainer(coordinator, id);
        assertEquals(200, Api.as(base, "trainer").get("api/learners/" + id).status());
        JsonObject esf = admin.get("api/reports/esf?programme=" + programme).object();

        Reply restricted = coordinator.put("api/learners/" + id + "/restriction", "{\"restricted\": true}");
        assertEquals(200, restricted.status(), restricted::toString);
        assertTrue(restricted.object().getBoolean("restricted"));
        assertEquals(0, total(coordinator.get("api/learners?q=" + last)), "hidden from search");
        assertEquals(404, Api.as(base, "trainer").get("api/learners/" + id).status(), "hidden from trainers");
        assertEquals(200, coordinator.get("api/learners/" + id).status(), "its coordinator still opens it");
        assertEquals(esf.getJsonArray("indicators"), admin.get("api/reports/esf?programme=" + programme).object()
                .getJsonArray("indicators"), "still counted");
        assertEquals(1, events(admin, "action=RESTRICTION&targetId=" + id).size());
        assertEquals(400, coordinator.put("api/learners/" + id + "/restriction", "{}").status());

        assertEquals(200, coordinator.put("api/learners/" + id + "/restriction", "{\"restricted\": false}").status());
        assertEquals(1, total(coordinator.get("api/learners?q=" + last)));
    }

    // ---------------------------------------------------------------- retention (in the container)

    @Inject
    org.tremplin.privacy.application.RetentionService retention;

    @Test
    void retentionDryRunListsAndTheRunAnonymisesLearnersPastThePeriod() throws SQLException {
        long old;
        long recent;
        try (Connection c = ds.getConnection()) {
            long cohort = single(c, "SELECT MIN(id) FROM cohort");
            long site = single(c, "SELECT site_id FROM cohort WHERE id = " + cohort);
            // ids drawn from the app's sequence, so that no entity created later (EclipseLink allocates blocks
            // of that sequence) can be given them; MAX(id) + n collided once other tests had created enough rows
            old = nextId(c);
            recent = nextId(c);
            for (long[] l : new long[][] {{old, 2015}, {recent, 2024}}) {
                execute(c, "INSERT INTO learner (id, version, first_name, last_name, birth_date, site_id, search_key,"
                        + " email) VALUES (" + l[0] + ", 0, 'Vieux', 'Dossier" + l[0] + "', DATE '1970-03-01', " + site
                        + ", 'vieux dossier" + l[0] + "', 'vieux@example.org')");
                execute(c, "INSERT INTO enrolment (id, version, learner_id, cohort_id, entry_date, exit_date, exit_reason,"
                        + " status) VALUES (" + l[0] + ", 0, " + l[0] + ", " + cohort + ", DATE '" + (l[1] - 1)
                        + "-09-01', DATE '" + l[1] + "-06-30', 'COMPLETED', 'COMPLETED')");
                // as the app writes every enrolment: with its participant sheet at entry (Enrolment's secondary table)
                execute(c, "INSERT INTO enrolment_entry_sheet (enrolment_id, labour_status) VALUES (" + l[0] + ", 'INACTIVE')");
                // and with its person row of the ESF+ report (report.infrastructure.ProgrammePersons)
                execute(c, "INSERT INTO programme_person (" + ProgrammePersons.COLUMNS + ") "
                        + ProgrammePersons.compute("e.learner_id = " + l[0], ""));
                // and with its follow-ups waiting (outcome.infrastructure.FollowUpsDue)
                execute(c, "INSERT INTO follow_up_due (" + FollowUpsDue.COLUMNS + ") " + FollowUpsDue.compute("e.id = " + l[0]));
            }
            // and with the home page's counts of its site (report.infrastructure.SiteLearnerCounts, SiteEnrolmentCounts, MultiSitePersons)
            for (String[] kept : List.of(SiteLearnerCounts.REBUILD, SiteEnrolmentCounts.REBUILD, MultiSitePersons.REBUILD)) {
                execute(c, kept[0]);
                execute(c, kept[1]);
            }
        }
        var plan = retention.plan(java.time.LocalDate.now());
        assertEquals(5, plan.years());
        List<Long> due = plan.candidates().stream().map(x -> x.learnerId()).toList();
        assertTrue(due.contains(old), due::toString);
        assertFalse(due.contains(recent), "left 2024: not yet");
        assertTrue(retention.run(java.time.LocalDate.now()) >= 1);
        try (Connection c = ds.getConnection()) {
            assertEquals(1, single(c, "SELECT COUNT(*) FROM learner WHERE id = " + old
                    + " AND anonymised_on IS NOT NULL AND email IS NULL AND birth_date IS NULL AND birth_year = 1970"
                    + " AND last_name NOT LIKE 'Dossier%'"));
            assertEquals(44, single(c, "SELECT age_at_entry FROM enrolment WHERE id = " + old));
            assertEquals(0, single(c, "SELECT COUNT(*) FROM learner WHERE id = " + recent + " AND anonymised_on IS NOT NULL"));
            assertEquals(1, single(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION' AND target_id = " + old));
        }
        assertFalse(retention.plan(java.time.LocalDate.now()).candidates().stream().anyMatch(x -> x.learnerId() == old),
                "done once");
        assertTrue(trail.verify().isIntact());
    }

    // ---------------------------------------------------------------- helpers

    private static long nextId(Connection c) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        return single(c, postgres ? "SELECT nextval('tremplin_seq')" : "SELECT NEXT VALUE FOR tremplin_seq");
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    static long total(Reply r) {
        assertEquals(200, r.status(), r::toString);
        return Long.parseLong(r.header("X-Total-Count"));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private ChainCheck verifyWith(Connection c) throws SQLException {
        ChainCheck.Verifier verifier = new ChainCheck.Verifier();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, occurred_at, actor, action, target_type, target_id,"
                + " detail, wording, prev_hash, hash FROM audit_event ORDER BY seq"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Long targetId = r.getObject(6) == null ? null : r.getLong(6);
                if (!verifier.accept(new org.tremplin.audit.domain.AuditEvent(r.getLong(1),
                        r.getTimestamp(2).toLocalDateTime(), r.getString(3),
                        org.tremplin.audit.domain.AuditAction.valueOf(r.getString(4)), r.getString(5), targetId,
                        r.getString(7), r.getString(8), r.getString(9), r.getString(10)))) {
                    break;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head"); ResultSet r = s.executeQuery()) {
            r.next();
            return verifier.finish(r.getLong(1), r.getString(2));
        }
    }

    private String column(long seq, String column) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no event " + seq);
                return r.getString(1);
            }
        }
    }

    private void update(String sql, long seq) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, seq);
            assertEquals(1, s.executeUpdate());
        }
    }

    static List<JsonObject> events(Api admin, String query) {
        Reply r = admin.get("api/audit?size=200&" + query);
        assertEquals(200, r.status(), r::toString);
        assertNotNull(r.header("X-Total-Count"));
        return r.array().stream().map(JsonValue::asJsonObject).toList();
    }

    static Map<String, Long> sites(Api admin) {
        return admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("name"), o -> o.getJsonNumber("id").longValue()));
    }

    static long synapse(Api admin) {
        return admin.get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Synapse")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static String learner(String first, String last, long site) {
        return Json.createObjectBuilder().add("firstName", first).add("lastName", last).add("siteId", site)
                .add("birthDate", "1988-06-15").add("gender", "WOMAN").add("email", "ines@example.org")
                .add("phone", "06 12 34 56 78").add("postcode", "59000").add("commune", "Lille")
                .add("labourStatus", "UNEMPLOYED").add("unemployedSince", "2024-01-15").add("iscedLevel", 3)
                .build().toString();
    }

    static long created(Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }
}
