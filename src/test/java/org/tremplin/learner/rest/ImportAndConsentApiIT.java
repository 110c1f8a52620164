package org.tremplin.learner.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.SharedApp;

/** CSV import of learners and the consent register, through the API. */
class ImportAndConsentApiIT {

    final URL base = SharedApp.url();

    private long siteId(String name) {
        return Api.as(base, "admin").get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** 50 rows in the Windows-1252, semicolon-separated form of a French spreadsheet; lines 12, 22, 32 are wrong. */
    private static byte[] fiftyRowsThreeBad(String last) {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Téléphone;Diplôme\r\n");
        for (int i = 0; i < 50; i++) {
            String date = i == 10 ? "31/02/1990" : String.format("%02d/%02d/19%02d", i % 28 + 1, i % 12 + 1, 60 + i % 40);
            String gender = i == 20 ? "Z" : i % 2 == 0 ? "F" : "H";
            String name = i == 30 ? "" : last + i;
            csv.append(name).append(";Zoé;").append(date).append(';').append(gender).append(";06 11 22 33 44;CAP\r\n");
        }
        return csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }

    private long count(String last) {
        return Long.parseLong(Api.as(base, "coordinator").get("api/learners?size=1&q=" + last).header("X-Total-Count"));
    }

    @Test
    void allOrNothingStoresNothingAndNamesTheBadLinesThenValidRowsOnlyStoresTheRest() {
        String last = "Lot" + System.nanoTime();
        Api coordinator = Api.as(base, "coordinator");
        String url = "api/learners/import?siteId=" + siteId("Centre social Lille-Sud");

        Api.Reply refused = coordinator.post(url, "text/csv", fiftyRowsThreeBad(last));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        assertEquals(List.of("line 12", "line 22", "line 32"), refused.errorFields());
        assertEquals(0, count(last), "all or nothing: nothing stored");

        Api.Reply partial = coordinator.post(url + "&mode=VALID_ROWS_ONLY", "text/csv", fiftyRowsThreeBad(last));
        assertEquals(200, partial.status(), partial::toString);
        assertEquals(47, partial.object().getInt("imported"));
        assertEquals(3, partial.object().getJsonArray("errors").size());
        assertEquals(47, count(last));

        Api.Reply again = coordinator.post(url + "&mode=VALID_ROWS_ONLY", "text/csv", fiftyRowsThreeBad(last));
        assertEquals(0, again.object().getInt("imported"), "people already recorded are refused");
        assertEquals(47, count(last));
    }

    @Test
    void badImportRequestsAreClearClientErrors() {
        Api coordinator = Api.as(base, "coordinator");
        long lille = siteId("Centre social Lille-Sud");
        Api.Reply otherSite = coordinator.post("api/learners/import?siteId=" + siteId("PopSchool Valenciennes"),
                "text/csv", "nom;prenom\nA;B\n".getBytes());
        assertEquals(400, otherSite.status());
        assertEquals(List.of("siteId"), otherSite.errorFields());
        Api.Reply noNames = coordinator.post("api/learners/import?siteId=" + lille, "text/csv", "ville;cp\nLille;59000\n".getBytes());
        assertEquals(400, noNames.status());
        Api.Reply empty = coordinator.post("api/learners/import?siteId=" + lille, "text/csv", new byte[0]);
        assertEquals(400, empty.status());
        assertEquals(403, Api.as(base, "trainer").post("api/learners/import?siteId=" + lille, "text/csv",
                "nom;prenom\nA;B\n".getBytes()).status());
    }

    @Test
    void aConsentIsRecordedThenWithdrawnOnce() {
        Api coordinator = Api.as(base, "coordinator");
        long learner = coordinator.post("api/learners", "{\"firstName\":\"Inès\",\"lastName\":\"Consent" + System.nanoTime()
                + "\",\"siteId\":" + siteId("Centre social Lille-Sud") + "}").object().getJsonNumber("id").longValue();
        String today = LocalDate.now().toString();
        Api.Reply given = coordinator.post("api/learners/" + learner + "/consents",
                "{\"purpose\":\"SIX_MONTH_SURVEY\",\"givenOn\":\"" + today + "\",\"method\":\"ORAL\"}");
        assertEquals(201, given.status(), given::toString);
        JsonObject consent = given.object();
        assertTrue(consent.getBoolean("active"));
        assertEquals("coordinator", consent.getString("recordedBy"));
        long id = consent.getJsonNumber("id").longValue();

        Api.Reply withdrawn = coordinator.post("api/learners/" + learner + "/consents/" + id + "/withdraw",
                "{\"withdrawnOn\":\"" + today + "\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertFalse(withdrawn.object().getBoolean("active"));
        assertEquals(409, coordinator.post("api/learners/" + learner + "/consents/" + id + "/withdraw",
                "{\"withdrawnOn\":\"" + today + "\"}").status());

        Api.Reply unknown = coordinator.post("api/learners/" + learner + "/consents",
                "{\"purpose\":\"NEWSLETTER\",\"givenOn\":\"" + today + "\",\"method\":\"ORAL\"}");
        assertEquals(400, unknown.status());
        assertEquals(List.of("purpose"), unknown.errorFields());
        Api.Reply future = coordinator.post("api/learners/" + learner + "/consents",
                "{\"purpose\":\"PHOTOS\",\"givenOn\":\"" + LocalDate.now().plusDays(3) + "\",\"method\":\"ORAL\"}");
        assertEquals(400, future.status());
        assertEquals(403, Api.as(base, "trainer").get("api/learners/" + learner + "/consents").status());
        assertEquals(1, coordinator.get("api/learners/" + learner + "/consents").array().size(), "nothing half-written");
    }
}
