package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tremplin.testing.Api;
import org.tremplin.testing.BrowserTest;

/** The import page: a spreadsheet's CSV read, checked, then imported with a progress bar. */
class ImportPageIT extends BrowserTest {

    @Test
    void aFrenchSpreadsheetFileIsCheckedThenItsValidRowsImported() throws Exception {
        String last = "Import" + System.nanoTime();
        StringBuilder csv = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Téléphone\r\n");
        for (int i = 0; i < 12; i++) {
            String date = i == 4 ? "31/02/1990" : String.format("%02d/03/1985", i + 1);
            csv.append(last).append(i).append(";Zoé;").append(date).append(";F;06 00 00 00 ").append(String.format("%02d", i)).append("\r\n");
        }
        Path file = Files.createTempFile("learners", ".csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("windows-1252")));

        browser.signedIn("coordinator").open("learners/list.xhtml");
        browser.click("import");
        browser.waitForPage();
        assertEquals("Importer des apprenants", browser.title());
        browser.assertAccessible();
        browser.choose("upload:site", "Centre social Lille-Sud");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.submit("upload:read");

        assertTrue(browser.text("plan:counts").contains("11 ligne(s) correcte(s), 1 ligne(s) à corriger"), browser.text("plan:counts"));
        assertTrue(browser.text("plan:invalid").contains("6"), "the line of the bad date: " + browser.text("plan:invalid"));
        browser.assertAccessible();
        browser.pick("plan:mode", "Importer seulement les lignes correctes");
        browser.click("plan:start");
        browser.waiting(60)
                .until(d -> !d.findElements(By.id("plan:reportSummary")).isEmpty());
        assertTrue(browser.text("plan:reportSummary").startsWith("11 apprenant(s) importé(s)"), browser.text("plan:reportSummary"));
        browser.assertAccessible();

        Api.Reply found = Api.as(base, "coordinator").get("api/learners?q=" + last);
        assertEquals("11", found.header("X-Total-Count"));
    }

    @Test
    void aTrainerCannotImport() {
        browser.signedIn("trainer").open("learners/import.xhtml");
        assertEquals("Accès refusé", browser.title());
        browser.open("learners/intake.xhtml");
        assertEquals("Accès refusé", browser.title());
    }

    @Test
    void aFileOverTwentyMegabytesLeadsToAPageSayingSoAndImportsNothing() throws Exception {
        String last = "Huge" + Api.uniqueWord();
        Path file = Files.createTempFile("huge", ".csv");
        try (var out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            out.write("Nom;Prénom\r\n");
            String line = last + ";" + "Zoé".repeat(20) + "\r\n";
            for (long written = 0; written < 21L * 1024 * 1024; written += line.length()) {
                out.write(line);
            }
        }
        browser.signedIn("coordinator").open("learners/import.xhtml");
        browser.choose("upload:site", "Centre social Lille-Sud");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.submit("upload:read");

        assertEquals("Fichier trop volumineux", browser.title());
        assertTrue(browser.text("explanation").contains("découpez-le"), browser.text("explanation"));
        browser.assertAccessible();
        assertEquals("0", Api.as(base, "coordinator").get("api/learners?q=" + last).header("X-Total-Count"));
        Files.delete(file);
    }

    private long learnerAtLille(Api admin, String first, String last, String birth) {
        long lille = admin.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply created = admin.post("api/learners", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"siteId\":" + lille + ",\"birthDate\":\"" + birth + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.object().getJsonNumber("id").longValue();
    }

    private static long pixAssessments(Api api, long learner) {
        return api.get("api/assessments?learnerId=" + learner).array().stream()
                .filter(v -> v.asJsonObject().getString("method").equals("PIX")).count();
    }

    @Test
    void aPixExportIsPreviewedTheNamesakesAndTheUnmatchedSettledThenImported() throws Exception {
        String word = Api.uniqueWord();
        Api admin = Api.as(base, "admin");
        long first = learnerAtLille(admin, "Inès", "Pixa" + word, "1990-01-01");
        long second = learnerAtLille(admin, "Inès", "Pixa" + word, "1995-06-30");
        long solo = learnerAtLille(admin, "Rayan", "Solo" + word, "2001-02-03");
        long found = learnerAtLille(admin, "Sacha", "Trouve" + word, "1999-09-09");
        String header = "\"Nom du Participant\";\"Prénom du Participant\";\"Envoi (O/N)\";\"Date de l’envoi\";"
                + "\"Niveau pour la compétence Interagir\";\"Niveau pour la compétence Programmer\"\r\n";
        String csv = "\uFEFF" + header
                + "\"Pixa" + word + "\";\"Inès\";\"O\";\"2026-03-12\";\"3\";\"1\"\r\n"
                + "\"Solo" + word + "\";\"Rayan\";\"O\";\"2026-03-13\";\"2\";\"0\"\r\n"
                + "\"Autrenom" + word + "\";\"Sacha\";\"O\";\"2026-03-14\";\"4\";\"2\"\r\n"
                + "\"Zero" + word + "\";\"Léa\";\"O\";\"2026-03-15\";\"0\";\"0\"\r\n";
        Path file = Files.createTempFile("Resultats-Synapse-", ".csv");
        Files.writeString(file, csv);

        browser.signedIn("coordinator").open("learners/list.xhtml");
        browser.click("importPix");
        assertEquals("Importer des résultats Pix", browser.title());
        browser.assertAccessible();
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.submit("upload:read");
        String counts = browser.text("counts");
        assertTrue(counts.contains("Reconnu 1") && counts.contains("Homonymes : à choisir 1")
                && counts.contains("Sans correspondance 1") && counts.contains("Aucun niveau au-dessus de 0 1"), counts);
        assertTrue(browser.element("plan:start").isEnabled(), "importable as it is");
        browser.assertAccessible();
        browser.screenshot("pix-import-preview");

        browser.choose("plan:rows:0:choice", "Inès Pixa" + word + " (n° " + second + ") — Centre social Lille-Sud, 1995");
        browser.type("plan:rows:2:pick_input", "Trouve" + word);
        browser.waiting(10).until(d -> !d.findElements(
                By.cssSelector("[id='plan:rows:2:pick_panel'] li.ui-autocomplete-item")).isEmpty());
        browser.driver().findElement(By.cssSelector("[id='plan:rows:2:pick_panel'] li.ui-autocomplete-item")).click();
        browser.waitForPage();
        assertTrue(browser.text("counts").contains("Reconnu 3"), browser.text("counts"));
        browser.click("plan:start");
        assertTrue(browser.pageText().contains("3 évaluation(s) Pix enregistrée(s) sur 4 ligne(s)"), browser.pageText());
        browser.assertAccessible();

        Api coordinator = Api.as(base, "coordinator");
        assertEquals(0, pixAssessments(coordinator, first), "the other namesake was not chosen");
        assertEquals(1, pixAssessments(coordinator, second));
        assertEquals(1, pixAssessments(coordinator, solo));
        assertEquals(1, pixAssessments(coordinator, found), "the unmatched row went to the learner picked");
        Files.delete(file);
    }
}
