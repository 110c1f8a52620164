package org.tremplin.programme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tremplin.testing.Api;
import org.tremplin.testing.BrowserTest;

/** The cohort page: its members and their ESF+ completeness, enrolling existing learners, the export. */
class CohortPageIT extends BrowserTest {

    private static final String COHORT = "Lille-Sud — démarches en ligne";

    @Test
    void theCoordinatorOpensACohortAndEnrolsAnExistingLearner() {
        Api coordinator = Api.as(base, "coordinator");
        long lille = coordinator.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String last = "Membre" + System.nanoTime();
        Api.Reply created = coordinator.post("api/learners",
                "{\"firstName\":\"Inès\",\"lastName\":\"%s\",\"birthDate\":\"1994-03-05\",\"siteId\":%d}".formatted(last, lille));
        assertEquals(201, created.status(), created.toString());

        browser.signedIn("coordinator").open("cohorts/list.xhtml");
        WebElement link = browser.driver().findElement(By.linkText(COHORT));
        assertTrue(link.getAttribute("href").contains("cohorts/view.xhtml?id="), link.getAttribute("href"));
        link.click();
        wait(20).until(ExpectedConditions.urlContains("cohorts/view.xhtml"));
        browser.waitForPage();

        assertEquals(COHORT, browser.title());
        assertTrue(browser.text("facts").contains("Centre social Lille-Sud"), browser.text("facts"));
        String summary = browser.text("summary");
        assertTrue(summary.matches("\\d+ membres? · \\d+ fiches? complètes? sur \\d+"), summary);
        assertFalse(browser.isPresent("members:export"), "a bulk export of people asks for the password first");
        browser.type("reauth:password", Api.DEMO_PASSWORD);
        browser.click("reauth:confirm");
        assertTrue(browser.isPresent("members:export"), "the export button is there once the password is typed again");
        assertFalse(browser.isPresent("reauth:password"));
        assertTrue(browser.driver().findElements(By.cssSelector("[id='members:table_data'] > tr[data-ri]")).size() > 0,
                "the demo cohort has members");
        browser.assertAccessible();

        // enrol the new learner, found by name
        browser.type("enrol:learner_input", last);
        WebElement suggestion = wait(20).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='enrol:learner_panel'] li.ui-autocomplete-item")));
        assertTrue(suggestion.getText().contains("Inès " + last + " — "), suggestion.getText());
        suggestion.click();
        browser.waitForPage();
        browser.submit("enrol:submit");
        assertTrue(browser.pageText().contains("Inès " + last + " est inscrit dans le groupe."), browser.pageText());
        assertTrue(browser.text("members:table").contains(last), browser.text("members:table"));
        browser.assertAccessible();

        // the export, fetched within the browser's session
        String csv = exportCsv();
        assertTrue(csv.startsWith("239,187,191|Nom;Prénom;Date de naissance;Statut du parcours;"), csv);
        assertTrue(csv.replace("\r", "").contains("\n" + last + ";Inès;1994-03-05;Inscrit;"), csv);

        // enrolled twice: refused with a message
        browser.type("enrol:learner_input", last);
        wait(20).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='enrol:learner_panel'] li.ui-autocomplete-item"))).click();
        browser.waitForPage();
        browser.submit("enrol:submit");
        assertTrue(browser.pageText().contains("Cette personne est déjà inscrite dans ce groupe."), browser.pageText());
    }

    @Test
    void aTrainerMayNotOpenACohort() {
        long id = cohortId(COHORT);
        browser.signedIn("trainer").open("cohorts/view.xhtml?id=" + id);
        assertEquals("Accès refusé", browser.title());
    }

    @Test
    void aCohortOfAnotherSiteIsNotFound() {
        long id = cohortId("Développeur web 2026");
        browser.signedIn("coordinator").open("cohorts/view.xhtml?id=" + id);
        assertEquals("Page introuvable", browser.title());
    }

    private long cohortId(String name) {
        return Api.as(base, "admin").get("api/cohorts").array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private WebDriverWait wait(int seconds) {
        return browser.waiting(seconds);
    }

    /** POSTs the members form as its export button would; the first three bytes, "|", then the text. */
    private String exportCsv() {
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('members');
                var data = new URLSearchParams(new FormData(form));
                data.append('members:export', '');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(function (r) { return r.arrayBuffer(); })
                    .then(function (b) {
                        var bytes = new Uint8Array(b);
                        done(Array.prototype.slice.call(bytes, 0, 3).join(',') + '|'
                            + new TextDecoder('utf-8', {ignoreBOM: false}).decode(bytes.subarray(3)));
                    })
                    .catch(function (e) { done('error ' + e); });
                """);
        return String.valueOf(result);
    }
}
