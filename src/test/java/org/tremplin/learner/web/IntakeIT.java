package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tremplin.testing.Api;
import org.tremplin.testing.BrowserTest;
import org.tremplin.testing.TrainingFixture;

/** The coordinator's intake desk, as a person uses it, and the learner file it leads to. */
class IntakeIT extends BrowserTest {

    @Test
    void fullIntakeWithAFixedMistakeThenTheLearnerIsInTheList() {
        String last = "Intake" + System.nanoTime();
        browser.signedIn("coordinator").open("learners/intake.xhtml");
        assertEquals("Nouvel apprenant", browser.title());
        browser.assertAccessible();

        // step 1, identity: a birth date in the future is refused, then corrected
        browser.choose("intake:site", "Centre social Lille-Sud");
        browser.type("intake:lastName", last).type("intake:firstName", "Nadège");
        browser.date("intake:birthDate", "02/04/2990");
        browser.pick("intake:gender", "Femme");
        browser.click("intake:next");
        assertEquals("Identité", browser.text("stepTitle"), "stays on the identity step");
        assertTrue(browser.pageText().contains("naissance"), "the birth date message is shown");
        browser.assertAccessible();
        // a day that does not exist is refused with a message naming the field, never turned into 28/02
        browser.date("intake:birthDate", "31/02/1994");
        browser.click("intake:next");
        assertEquals("Identité", browser.text("stepTitle"), "31/02/1994 is refused");
        assertTrue(browser.pageText().contains("Date de naissance : « 31/02/1994 » n’est pas une date qui existe"),
                browser.pageText());
        browser.date("intake:birthDate", "02/04/1999");
        browser.click("intake:next");
        assertEquals("Contact", browser.text("stepTitle"));
        browser.assertAccessible();

        // step 2, contact
        browser.type("intake:phone", "06 12 34 56 78").type("intake:postcode", "59000").type("intake:commune", "Lille");
        browser.click("intake:next");
        assertEquals("Situation à l’entrée", browser.text("stepTitle"));

        // step 3, situation: derived values appear as the answers are given
        browser.pick("intake:labourStatus", "Sans emploi, en recherche");
        browser.date("intake:unemployedSince", "01/01/2024");
        browser.choose("intake:diploma", "CAP, BEP");
        browser.waitForText("intake:derived", "3");
        assertTrue(browser.text("intake:derived").contains("18 à 29 ans"), browser.text("intake:derived"));
        browser.assertAccessible();
        browser.click("intake:next");
        assertEquals("Consentements", browser.text("stepTitle"));
        for (int i = 0; i < 3; i++) {
            assertFalse(browser.driver().findElement(By.id("intake:consentList:" + i + ":consent_input")).isSelected(),
                    "no consent is ticked for the person");
        }
        browser.assertAccessible();
        browser.click("intake:next");
        assertEquals("Inscription", browser.text("stepTitle"));
        browser.choose("intake:cohort", "Lille-Sud — démarches en ligne");
        browser.assertAccessible();
        browser.submit("intake:finish");

        // the learner file
        assertEquals("Nadège " + last, browser.title());
        assertTrue(browser.pageText().contains("Fiche enregistrée"));
        assertEquals("Complète", browser.text("esf"));
        browser.assertAccessible();

        // nothing ticked, nothing stored: each purpose never asked, an empty register
        browser.tab("Consentements");
        String states = browser.text("tabs:consentStates");
        assertEquals(3, states.split("Jamais recueilli", -1).length - 1, states);
        assertFalse(states.contains("Accordé"), states);
        assertTrue(browser.text("tabs:registerForm:consentTable").contains("Aucun"), browser.text("tabs:registerForm:consentTable"));

        // and the list
        browser.open("learners/list.xhtml");
        browser.filter("learners:text", last);
        browser.waitForText("learners:table", last);
        assertTrue(browser.text("learners:table").contains("Nadège"));
    }

    @Test
    void aPersonHelpedOnceIsRecordedInAFewFieldsCountedInTheSiteAndLaterTakenInFully() {
        Api coordinator = Api.as(base, "coordinator");
        String first = "Yasmine" + Api.uniqueWord();
        String last = "Ponctuel" + Api.uniqueWord();
        long before = lilleThisMonth(coordinator);

        browser.signedIn("coordinator").open("learners/list.xhtml");
        browser.click("accompaniments");
        assertEquals("Accompagnement ponctuel", browser.title());
        browser.assertAccessible();
        browser.choose("record:site", "Centre social Lille-Sud");
        browser.choose("record:topic", "Démarches en ligne");
        browser.choose("record:equipment", "Son téléphone");
        browser.type("record:duration", "0");
        browser.type("record:firstName", first);
        browser.submit("record:save");
        assertFalse(browser.driver().findElements(By.cssSelector("#record .ui-message-error")).isEmpty(),
                "the duration is refused on its field: " + browser.pageText());
        assertFalse(browser.pageText().contains("Accompagnement enregistré."));
        assertEquals(before, lilleThisMonth(coordinator), "refused: nothing stored");
        browser.type("record:duration", "45");
        browser.submit("record:save");
        assertTrue(browser.pageText().contains("Accompagnement enregistré."), browser.pageText());
        assertEquals(before + 1, lilleThisMonth(coordinator));
        assertTrue(browser.text("activity").contains("Centre social Lille-Sud " + (before + 1)), browser.text("activity"));
        assertTrue(browser.text("latest").contains(first) && browser.text("latest").contains("Démarches en ligne"),
                browser.text("latest"));
        browser.assertAccessible();
        browser.screenshots("accompaniments");

        WebElement row = browser.driver().findElements(By.cssSelector("#latest tbody tr")).stream()
                .filter(r -> r.getText().contains(first)).findFirst().orElseThrow();
        row.findElement(By.linkText("Faire l’inscription complète")).click();
        browser.waitForPage();
        assertEquals(first, browser.element("intake:firstName").getAttribute("value"), "the first name carries over");
        assertEquals("Centre social Lille-Sud", browser.text("intake:site_label"));
        browser.type("intake:lastName", last);
        browser.date("intake:birthDate", "02/04/1999");
        browser.submit("intake:draft");
        assertEquals(first + " " + last, browser.title());
        long learner = Long.parseLong(browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        JsonObject mine = coordinator.get("api/accompaniments?size=200").array().stream().map(v -> v.asJsonObject())
                .filter(a -> first.equals(a.getString("firstName", ""))).findFirst().orElseThrow();
        assertEquals(learner, mine.getJsonNumber("learnerId").longValue());
        assertEquals(45, mine.getInt("durationMinutes"));
        assertEquals(1, coordinator.get("api/learners/" + learner + "/dossier").object().getJsonObject("sections")
                .getJsonArray("accompaniments").size(), "in what the person can ask to see");
        browser.open("learners/accompaniments.xhtml");
        row = browser.driver().findElements(By.cssSelector("#latest tbody tr")).stream()
                .filter(r -> r.getText().contains(first)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("Inscrit·e : voir la fiche"), row.getText());

        Api.Reply bad = coordinator.post("api/accompaniments", "{\"siteId\":" + lille(coordinator) + ",\"topic\":\"KNITTING\","
                + "\"durationMinutes\":601,\"equipmentUsed\":\"NONE\",\"happenedOn\":\"2099-01-01\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.errorFields().containsAll(List.of("topic", "durationMinutes")), bad::toString);
        Api.Reply future = coordinator.post("api/accompaniments", "{\"siteId\":" + lille(coordinator) + ",\"topic\":\"EMAIL\","
                + "\"durationMinutes\":20,\"equipmentUsed\":\"NONE\",\"happenedOn\":\"2099-01-01\"}");
        assertEquals(400, future.status(), future::toString);
        assertEquals(List.of("happenedOn"), future.errorFields());
        assertEquals(before + 1, lilleThisMonth(coordinator));
        assertEquals(403, Api.as(base, "trainer").get("api/accompaniments").status());
    }

    private static long lille(Api api) {
        return api.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static long lilleThisMonth(Api api) {
        return api.get("api/accompaniments/activity").array().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("site").equals("Centre social Lille-Sud"))
                .mapToLong(a -> a.getJsonNumber("accompaniments").longValue()).sum();
    }

    @Test
    void aSecondRecordOfTheSamePersonRaisesTheDuplicateWarning() {
        String body = """
                {"firstName":"Élodie","lastName":"Martin-Durand","birthDate":"1990-04-02","siteId":%d}""";
        Api admin = Api.as(base, "coordinator");
        long site = admin.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply first = admin.post("api/learners?confirmDistinctPerson=true", body.formatted(site));
        assertTrue(first.status() == 201, first.toString());

        browser.signedIn("coordinator").open("learners/intake.xhtml");
        browser.choose("intake:site", "Centre social Lille-Sud");
        browser.type("intake:lastName", "martin durand").type("intake:firstName", "elodie");
        browser.date("intake:birthDate", "02/04/1990");
        browser.click("intake:next");

        assertEquals("Identité", browser.text("stepTitle"), "the intake stops on the identity step");
        assertTrue(browser.isPresent("intake:duplicates"));
        assertTrue(browser.text("intake:duplicates").contains("Élodie Martin-Durand"), browser.text("intake:duplicates"));
        browser.assertAccessible();
        browser.tick("intake:distinct", true);
        browser.click("intake:next");
        assertEquals("Contact", browser.text("stepTitle"), "a homonym can still be recorded on purpose");
    }

    @Test
    void theLearnerFileRecordsAnExitAndAConsentWithdrawal() {
        String last = "File" + System.nanoTime();
        browser.signedIn("coordinator").open("learners/intake.xhtml");
        browser.choose("intake:site", "Centre social Lille-Sud");
        browser.type("intake:lastName", last).type("intake:firstName", "Karim");
        browser.submit("intake:draft");
        assertEquals("Karim " + last, browser.title());
        assertEquals("Incomplète", browser.text("esf"));

        browser.tab("Parcours");
        browser.choose("tabs:enrolForm:cohort", "Lille-Sud — démarches en ligne");
        browser.submit("tabs:enrolForm:enrol");
        assertTrue(browser.text("tabs:enrolmentTable").contains("Lille-Sud — démarches en ligne"));
        browser.choose("tabs:exitForm:exitReason", "A trouvé un emploi");
        browser.submit("tabs:exitForm:exit");
        assertTrue(browser.text("tabs:enrolmentTable").contains("Sortie positive"), "an exit for a job is a positive early exit");
        browser.assertAccessible();

        browser.tab("Consentements");
        assertTrue(browser.driver().findElements(By.cssSelector("[id='tabs:consentForm:given'] input[type=radio]")).stream()
                .noneMatch(WebElement::isSelected), "the person's answer is chosen, never given by default");
        browser.choose("tabs:consentForm:purpose", "Être recontacté six mois après la sortie");
        browser.pick("tabs:consentForm:given", "Accepte");
        browser.submit("tabs:consentForm:recordConsent");
        assertTrue(browser.text("tabs:registerForm:consentTable").contains("Être recontacté six mois après la sortie"));
        assertTrue(browser.text("tabs:consentStates").contains("Accordé depuis le"), browser.text("tabs:consentStates"));
        browser.assertAccessible();
        browser.submit("tabs:registerForm:consentTable:0:withdraw");
        assertFalse(browser.isPresent("tabs:registerForm:consentTable:0:withdraw"), "a withdrawn consent cannot be withdrawn again");
        assertTrue(browser.text("tabs:consentStates").contains("Retiré depuis le"), browser.text("tabs:consentStates"));
        assertTrue(browser.text("tabs:consentStates").contains("Jamais recueilli"), "the other purposes were never asked");

        browser.tab("Historique");
        String history = browser.text("tabs:historyTable");
        assertTrue(history.contains("Consentement retiré"), history);
        assertTrue(history.contains("Sortie : emploi"), history);
        browser.assertAccessible();
    }

    @Test
    void aTrainerSeesOnlyTheLearnersOfTheirSessionsWithoutSensitiveCharacteristics() {
        Api coordinator = Api.as(base, "coordinator");
        var sites = coordinator.get("api/sites").array();
        long lille = sites.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("name").startsWith("Centre social"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long roubaix = sites.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("name").startsWith("Médiathèque"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String json = "{\"firstName\":\"Sami\",\"lastName\":\"Sensible%d\",\"siteId\":%d,\"disability\":true,\"homeless\":true}";
        long own = coordinator.post("api/learners", json.formatted(System.nanoTime(), lille)).object().getJsonNumber("id").longValue();
        long other = coordinator.post("api/learners", json.formatted(System.nanoTime(), roubaix)).object().getJsonNumber("id").longValue();
        long outside = System.nanoTime();
        long notInTheirSessions = coordinator.post("api/learners", json.formatted(outside, lille)).object()
                .getJsonNumber("id").longValue();
        TrainingFixture.enrolWithTrainer(coordinator, own);

        browser.signedIn("trainer").open("learners/view.xhtml?id=" + own);
        assertTrue(browser.title().startsWith("Sami Sensible"));
        assertFalse(browser.isPresent("tabs:sensitive"));
        assertFalse(browser.pageText().contains("Situation de handicap"));
        assertFalse(browser.pageText().contains("Consentements"));
        browser.assertAccessible();

        browser.open("learners/view.xhtml?id=" + other);
        assertEquals("Page introuvable", browser.title());
        browser.open("learners/view.xhtml?id=" + notInTheirSessions);
        assertEquals("Page introuvable", browser.title(), "a learner of their site outside their sessions");
        browser.open("learners/list.xhtml");
        browser.filter("learners:text", "Sensible" + outside);
        browser.waitForText("learners:table", "Aucun");
        assertFalse(browser.text("learners:table").contains("Sensible" + outside), "not listed to the trainer either");
    }

    @Test
    void aNameMadeOfMarkupIsShownAsTextOnEveryScreen() {
        String word = Api.uniqueWord();
        String last = "<script>window.__pwned=1</script>";
        String first = word + " <img src=x onerror=window.__pwned=2>";
        String full = first + " " + last;
        Api admin = Api.as(base, "admin");
        long lille = admin.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String tag = "XSS-" + word.toUpperCase();
        assertEquals(201, admin.post("api/equipment", "{\"assetTag\":\"" + tag + "\",\"type\":\"TABLET\",\"siteId\":" + lille + "}").status());

        // entered through the intake form, shown on the learner file (heading and window title)
        browser.signedIn("coordinator").open("learners/intake.xhtml");
        browser.choose("intake:site", "Centre social Lille-Sud");
        browser.type("intake:lastName", last).type("intake:firstName", first);
        browser.submit("intake:draft");
        assertEquals(full, browser.title());
        assertEquals(full + " · Tremplin", browser.driver().getTitle());
        assertNothingRan();

        // the learner list
        browser.open("learners/list.xhtml");
        browser.filter("learners:text", word);
        browser.waitForText("learners:table", last);
        assertTrue(browser.text("learners:table").contains(first), browser.text("learners:table"));
        assertNothingRan();

        // the learner picker of the lending form, then the message once lent
        browser.open("equipment/lend.xhtml");
        browser.type("lend:learner_input", word);
        WebElement suggestion = browser.waiting(20).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("[id='lend:learner_panel'] li.ui-autocomplete-item")));
        assertEquals(full, suggestion.getText().strip());
        assertNothingRan();
        suggestion.click();
        browser.waitForPage();
        assertEquals(full, browser.element("lend:learner_input").getAttribute("value"));
        browser.type("lend:assetTag", tag);
        browser.element("lend:assetTag").sendKeys(Keys.TAB);
        browser.waitForPage();
        browser.waitForText("lend:itemInfo", "Disponible");
        browser.submit("lend:submit");
        assertTrue(browser.text("messages").contains("Prêt de " + tag + " à " + full + " enregistré"), browser.text("messages"));
        assertNothingRan();
    }

    /** No script of the name ran: neither its own code nor a refused one (the CSP watch would fail the test). */
    private void assertNothingRan() {
        assertEquals("undefined", ((JavascriptExecutor) browser.driver()).executeScript("return typeof window.__pwned"));
        browser.assertNoCspViolation();
        browser.assertAccessible();
    }

    @Test
    void aCoordinatorCorrectsASheetAtEntryWithAReasonAndTheFileSaysSo() {
        TrainingFixture f = new TrainingFixture(base, 1);
        long learner = f.learners.get(0);
        long enrolment = f.admin.get("api/enrolments?learnerId=" + learner).array().getJsonObject(0).getJsonNumber("id").longValue();
        browser.signedIn("coordinator").open("learners/view.xhtml?id=" + learner);
        browser.tab("Parcours");
        browser.submit(browser.driver().findElement(By.cssSelector("button[id$=':sheetOpen:correct']")).getAttribute("id"));
        assertTrue(browser.text("tabs:sheetForm").contains("Fiche d’entrée dans Synapse"), browser.text("tabs:sheetForm"));
        browser.assertAccessible();
        browser.choose("tabs:sheetForm:labourStatus", "Inactif (ni en emploi, ni en recherche)");
        browser.tick("tabs:sheetForm:homeless", true);
        browser.submit("tabs:sheetForm:save");
        assertTrue(browser.isPresent("tabs:sheetForm:reason"), "no reason, no correction");
        assertTrue(browser.text("tabs:sheetForm").contains("Raison de la correction"), browser.text("tabs:sheetForm"));
        assertFalse(f.admin.get("api/enrolments/" + enrolment + "/entry-sheet").object().getBoolean("corrected"),
                "nothing stored without a reason");

        browser.type("tabs:sheetForm:reason", "Erreur de saisie à l’accueil");
        browser.submit("tabs:sheetForm:save");
        assertTrue(browser.text("messages").contains("Fiche d’entrée dans Synapse corrigée"), browser.text("messages"));
        assertTrue(browser.text("tabs:enrolmentTable").contains("Inactif") && browser.text("tabs:enrolmentTable").contains("corrigée"),
                browser.text("tabs:enrolmentTable"));
        assertFalse(browser.isPresent("tabs:sheetForm:reason"), "the form closes");
        browser.assertAccessible();
        var sheet = f.admin.get("api/enrolments/" + enrolment + "/entry-sheet").object();
        assertEquals("INACTIVE", sheet.getString("labourStatus"));
        assertTrue(sheet.getBoolean("homeless") && sheet.getBoolean("corrected"), sheet::toString);
    }
}
