package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
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

        browser.logIn("coordinator").open("learners/list.xhtml");
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
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.id("plan:reportSummary")).isEmpty());
        assertTrue(browser.text("plan:reportSummary").startsWith("11 apprenant(s) importé(s)"), browser.text("plan:reportSummary"));
        browser.assertAccessible();

        Api.Reply found = Api.as(base, "coordinator").get("api/learners?q=" + last);
        assertEquals("11", found.header("X-Total-Count"));
    }

    @Test
    void aTrainerCannotImport() {
        browser.logIn("trainer").open("learners/import.xhtml");
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
        browser.logIn("coordinator").open("learners/import.xhtml");
        browser.choose("upload:site", "Centre social Lille-Sud");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.submit("upload:read");

        assertEquals("Fichier trop volumineux", browser.title());
        assertTrue(browser.text("explanation").contains("découpez-le"), browser.text("explanation"));
        browser.assertAccessible();
        assertEquals("0", Api.as(base, "coordinator").get("api/learners?q=" + last).header("X-Total-Count"));
        Files.delete(file);
    }
}
