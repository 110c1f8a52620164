package org.tremplin.programme.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tremplin.testing.Api;
import org.tremplin.testing.BrowserTest;
import org.tremplin.testing.TrainingFixture;

/**
 * The admin screens used as an admin would: programmes, sites, cohorts and accounts (create, edit,
 * refused input), and what a coordinator may and may not open. Every visited page is checked by axe.
 */
class AdminScreensIT extends BrowserTest {

    private static final String TABLE = "list:table_data";
    private static final String CREATED = "Créé.";
    private static final String SAVED = "Enregistré.";
    /** How the tables show dates: medium style, in French. */
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH);

    WebDriverWait wait;

    @BeforeEach
    void start() {
        wait = browser.waiting(20);
    }

    // ---------------------------------------------------------------- programmes

    @Test
    void programmeIsCreatedThenEdited() {
        String name = "Programme " + System.nanoTime();
        browser.signedIn("admin").open("admin/programmes.xhtml");
        assertEquals("Programmes", browser.title());
        assertTrue(row(name).isEmpty());
        browser.assertAccessible();

        browser.click("list:new");
        browser.element("editor:name");
        browser.assertAccessible();
        browser.type("editor:name", name).type("editor:funder", "FSE+");
        browser.date("editor:start", "2026-09-01");
        browser.date("editor:end", "2029-06-30");
        number("editor:days_input", "3");
        browser.click("editor:save");
        browser.waitForText("messages", CREATED);
        WebElement created = row(name).orElseThrow(() -> new AssertionError(name + " is not in the table"));
        assertEquals("FSE+", cell(created, 2));
        assertEquals(MEDIUM.format(LocalDate.of(2026, 9, 1)), cell(created, 3));
        assertEquals(MEDIUM.format(LocalDate.of(2029, 6, 30)), cell(created, 4));
        assertFalse(browser.isPresent("editor:name"), "the form closes after a save");
        browser.assertAccessible();

        created.findElement(By.tagName("button")).click();
        browser.waitForPage();
        assertEquals(name, browser.element("editor:name").getAttribute("value"));
        assertEquals("3", browser.element("editor:days_input").getAttribute("value"));
        browser.type("editor:funder", "FEDER");
        browser.click("editor:save");
        browser.waitForText("messages", SAVED);
        assertEquals("FEDER", cell(row(name).orElseThrow(), 2));
        assertEquals(1, rowsNamed(name), "an edit does not add a row");
        browser.assertAccessible();
    }

    @Test
    void programmeEndingBeforeItStartsIsRefused() {
        String name = "Programme à l'envers " + System.nanoTime();
        browser.signedIn("admin").open("admin/programmes.xhtml");
        int before = rows().size();
        browser.click("list:new");
        browser.type("editor:name", name).type("editor:funder", "Région");
        browser.date("editor:start", "2027-06-01");
        browser.date("editor:end", "2027-01-31");
        browser.click("editor:save");
        browser.waitForText("messages", "La date de fin ne doit pas précéder la date de début.");
        assertTrue(row(name).isEmpty(), "no row for a refused programme");
        assertEquals(before, rows().size());
        assertTrue(browser.isPresent("editor:name"), "the form stays open to correct the dates");
        browser.assertAccessible();

        browser.date("editor:end", "2027-12-31");
        browser.click("editor:save");
        browser.waitForText("messages", CREATED);
        assertEquals(MEDIUM.format(LocalDate.of(2027, 12, 31)), cell(row(name).orElseThrow(), 4));
        assertEquals(before + 1, rows().size());
    }

    @Test
    void programmeWithANameAlreadyUsedIsRefused() {
        browser.signedIn("admin").open("admin/programmes.xhtml");
        int before = rows().size();
        browser.click("list:new");
        browser.type("editor:name", "Synapse").type("editor:funder", "Quelqu'un d'autre");
        browser.click("editor:save");
        browser.waitForText("messages", "Cette valeur est déjà utilisée par un autre élément.");
        assertEquals(before, rows().size());
        assertEquals(1, rowsNamed("Synapse"));
        browser.assertAccessible();

        String name = "Synapse " + System.nanoTime();
        browser.type("editor:name", name);
        browser.click("editor:save");
        browser.waitForText("messages", CREATED);
        assertEquals("Quelqu'un d'autre", cell(row(name).orElseThrow(() -> new AssertionError("corrected name not saved")), 2));
        assertEquals(before + 1, rows().size());
    }

    // ---------------------------------------------------------------- sites

    @Test
    void siteIsCreated() {
        String name = "Lieu " + System.nanoTime();
        browser.signedIn("admin").open("admin/sites.xhtml");
        assertEquals("Lieux", browser.title());
        browser.assertAccessible();
        createSite(name, "Lens");
        assertEquals("Lens", cell(row(name).orElseThrow(), 2));
        browser.assertAccessible();
    }

    @Test
    void siteWithoutCommuneIsRefusedWithAFieldMessage() {
        String name = "Lieu sans commune " + System.nanoTime();
        browser.signedIn("admin").open("admin/sites.xhtml");
        int before = rows().size();
        browser.click("list:new");
        browser.type("editor:name", name);
        browser.click("editor:save");
        wait.until(d -> "true".equals(browser.element("editor:commune").getAttribute("aria-invalid")));
        WebElement commune = browser.element("editor:commune");
        WebElement message = browser.element(commune.getAttribute("aria-describedby"));
        assertFalse(message.getText().isBlank(), "the commune's message explains what is wrong");
        String messages = browser.driver().findElement(By.id("messages")).getText();
        assertTrue(messages.isBlank(), "nothing was saved: " + messages);
        assertTrue(row(name).isEmpty());
        assertEquals(before, rows().size());
        assertEquals(name, browser.element("editor:name").getAttribute("value"), "what was typed stays in the form");
        browser.assertAccessible();
    }

    // ---------------------------------------------------------------- cohorts

    @Test
    void cohortIsCreatedOnANewSiteAndFoundByNameAmongMany() {
        String site = "Lieu du groupe " + System.nanoTime();
        String word = "Promo" + System.nanoTime();
        String cohort = word + " nouvelle";
        browser.signedIn("admin").open("admin/sites.xhtml");
        createSite(site, "Arras");
        // a region has thousands of cohorts: twenty-one more of this word, so that they fill more than a page
        Api admin = Api.as(base, "admin");
        long siteId = idNamed(admin.get("api/sites"), site);
        long popSchool = idNamed(admin.get("api/programmes"), "PopSchool");
        for (int i = 1; i <= 21; i++) {
            TrainingFixture.created(admin.post("api/cohorts", "{\"programmeId\":" + popSchool + ",\"siteId\":" + siteId
                    + ",\"name\":\"" + word + " " + i + "\",\"startDate\":\"2026-09-01\",\"endDate\":\"2027-01-31\",\"plannedHours\":60}"));
        }

        browser.open("cohorts/list.xhtml");
        assertEquals("Groupes", browser.title());
        browser.assertAccessible();
        browser.click("list:new");
        browser.type("editor:name", cohort);
        browser.choose("editor:programme", "PopSchool");
        browser.choose("editor:site", site);
        browser.date("editor:start", "2027-02-01");
        browser.date("editor:end", "2027-06-30");
        number("editor:hours_input", "120");
        browser.assertAccessible();
        browser.click("editor:save");
        browser.waitForText("messages", CREATED);
        browser.filter("list:text", word);
        wait.until(d -> pageReport().endsWith("sur 22"));
        assertEquals(20, rows().size(), "twenty cohorts at a time, from the database: " + pageReport());
        browser.screenshots("cohorts-found-by-name");
        browser.filter("list:text", cohort);
        wait.until(d -> rows().size() == 1 && row(cohort).isPresent());
        WebElement row = row(cohort).orElseThrow(() -> new AssertionError(cohort + " is not in the table"));
        assertEquals("PopSchool", cell(row, 2));
        assertEquals(site, cell(row, 3));
        assertEquals("120", cell(row, 6));
        browser.assertAccessible();
    }

    // ---------------------------------------------------------------- accounts

    @Test
    void coordinatorAccountIsCreatedAndCanLogIn() {
        String username = "coord-" + System.nanoTime();
        String password = "une phrase facile à retenir";
        browser.signedIn("admin").open("admin/accounts.xhtml");
        assertEquals("Comptes", browser.title());
        browser.assertAccessible();
        browser.click("list:new");
        browser.type("account:username", username).type("account:displayName", "Coordinatrice de test");
        browser.choose("account:role", "Coordinateur");
        check("account:sites", "Médiathèque de Roubaix");
        browser.type("account:password", password);
        browser.assertAccessible();
        browser.click("account:save");
        browser.waitForText("messages", CREATED);
        WebElement row = row(username).orElseThrow(() -> new AssertionError(username + " is not in the table"));
        assertEquals("Coordinateur", cell(row, 3));
        assertEquals("Oui", cell(row, 4));
        browser.assertAccessible();

        browser.submit("nav:logout");
        browser.logIn(username, password);
        assertTrue(browser.path().startsWith("/index.xhtml"), username + " landed on " + browser.path());
        assertEquals("Tableau de bord", browser.title());
        assertTrue(browser.isPresent("nav:cohorts"));
        assertFalse(browser.isPresent("nav:accounts"));
        browser.assertAccessible();
        browser.open("cohorts/list.xhtml");
        assertTrue(rows().stream().allMatch(r -> "Médiathèque de Roubaix".equals(cell(r, 3))),
                "the new coordinator sees the cohorts of their one site only");
    }

    @Test
    void tooShortPasswordIsRefused() {
        String username = "court-" + System.nanoTime();
        browser.signedIn("admin").open("admin/accounts.xhtml");
        int before = rows().size();
        browser.click("list:new");
        browser.type("account:username", username).type("account:displayName", "Mot de passe court");
        check("account:sites", "Centre social Lille-Sud");
        browser.type("account:password", "short");
        browser.click("account:save");
        String expected = "Le mot de passe doit faire au moins 12 caractères.";
        wait.until(d -> browser.pageText().contains(expected));
        assertTrue(row(username).isEmpty(), "no account is created");
        assertEquals(before, rows().size());
        browser.assertAccessible();

        browser.type("account:password", "un mot de passe bien plus long");
        browser.click("account:save");
        browser.waitForText("messages", CREATED);
        assertTrue(row(username).isPresent(), "with a long password the account is created");
    }

    // ---------------------------------------------------------------- coordinator

    @Test
    void coordinatorSeesTheCohortsOfTheirSitesOnly() {
        browser.signedIn("coordinator").open("cohorts/list.xhtml");
        assertEquals("Groupes", browser.title());
        List<WebElement> rows = rows();
        assertFalse(rows.isEmpty());
        List<String> sites = List.of("Centre social Lille-Sud", "Médiathèque de Roubaix", "Atelier mobile Avesnois");
        for (WebElement row : rows) {
            assertTrue(sites.contains(cell(row, 3)), "cohort of another site: " + row.getText());
            assertFalse(cell(row, 1).startsWith("Développeur web"), row.getText());
        }
        assertFalse(browser.pageText().contains("PopSchool Valenciennes"));
        browser.assertAccessible();
    }

    @Test
    void coordinatorCannotOpenTheAdminPages() {
        browser.signedIn("coordinator").open("admin/programmes.xhtml");
        assertEquals("Accès refusé", browser.title());
        assertFalse(browser.isPresent("list:table"));
        browser.assertAccessible();
    }

    // ---------------------------------------------------------------- helpers

    private void createSite(String name, String commune) {
        browser.click("list:new");
        browser.type("editor:name", name).type("editor:commune", commune);
        browser.click("editor:save");
        browser.waitForText("messages", CREATED);
        assertTrue(row(name).isPresent(), name + " is not in the table");
    }

    /** The data rows of the page's table (none when it shows its empty message). */
    private String pageReport() {
        return browser.driver().findElement(By.cssSelector("[id='list:table'] .ui-paginator-current")).getText().strip();
    }

    private static long idNamed(Api.Reply list, String name) {
        return list.array().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + list)).getJsonNumber("id").longValue();
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[id='" + TABLE + "'] > tr[data-ri]"));
    }

    private Optional<WebElement> row(String firstCell) {
        return rows().stream().filter(r -> firstCell.equals(cell(r, 1))).findFirst();
    }

    private long rowsNamed(String firstCell) {
        return rows().stream().filter(r -> firstCell.equals(cell(r, 1))).count();
    }

    /** Text of a row's cell, 1-based. */
    private static String cell(WebElement row, int column) {
        return row.findElement(By.xpath("./td[" + column + "]")).getText().trim();
    }

    /** Types into a p:inputNumber's visible input, over what it holds (clear() does not empty it). */
    private void number(String inputId, String value) {
        WebElement input = browser.element(inputId);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    /** Ticks the box of a p:selectManyCheckbox option, found by its label. */
    private void check(String groupId, String label) {
        WebElement group = browser.element(groupId);
        WebElement optionLabel = group.findElement(By.xpath(".//label[normalize-space()=\"" + label + "\"]"));
        String inputId = optionLabel.getAttribute("for");
        WebElement box = group.findElement(By.xpath(
                ".//input[@id='" + inputId + "']/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"));
        box.click();
        wait.until(d -> group.findElement(By.id(inputId)).isSelected());
    }

    // ---------------------------------------------------------------- data protection

    @Test
    void auditTrailIsSearchedAndItsChainChecked() {
        browser.signedIn("admin").open("admin/audit.xhtml");
        assertEquals("Journal d’audit", browser.title());
        browser.assertAccessible();
        browser.type("events:actor", "admin");
        browser.choose("events:action", "Connexion");
        browser.click("events:search");
        browser.waitForText("events:table_data", "Connexion");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#events\\:table_data > tr"));
        assertFalse(rows.isEmpty());
        for (WebElement r : rows) {
            assertEquals("admin", r.findElements(By.tagName("td")).get(2).getText(), r.getText());
            assertEquals("Connexion", r.findElements(By.tagName("td")).get(3).getText(), r.getText());
        }
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("connexion aux écrans")), "in French: " + rows.get(0).getText());
        String when = rows.get(0).findElements(By.tagName("td")).get(1).getText();
        assertTrue(when.matches("\\d{1,2} [a-zéû.]+ \\d{4} \\d{2}:\\d{2}"), "a local time in the page's format: " + when);
        browser.date("events:from", java.time.LocalDate.now().minusDays(7).toString());
        browser.date("events:to", java.time.LocalDate.now().toString());
        browser.click("events:search");
        browser.waitForText("events:table_data", "Connexion");
        browser.assertAccessible(); // the date fields filled in too
        browser.click("events:verify");
        browser.waitForText("messages", "Chaîne intacte");
        browser.assertAccessible();

        // a change, by the record's name and the fields' labels on the screens; the API keeps the English detail
        Api admin = Api.as(base, "admin");
        long lille = admin.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply created = admin.post("api/learners", "{\"firstName\":\"Audit\",\"lastName\":\"Journal" + Api.uniqueWord()
                + "\",\"siteId\":" + lille + "}");
        long id = created.object().getJsonNumber("id").longValue();
        Api.Reply changed = admin.put("api/learners/" + id, Api.learnerToSend(admin.get("api/learners/" + id).object())
                .add("phone", "06 00 00 00 01").add("email", "audit@example.org").build().toString());
        assertEquals(200, changed.status(), changed::toString);
        browser.open("admin/audit.xhtml");
        browser.choose("events:type", "Apprenant");
        browser.choose("events:action", "Modification");
        browser.type("events:target_input", String.valueOf(id));
        browser.click("events:search");
        browser.waitForText("events:table_data", "Apprenant " + id);
        assertTrue(browser.text("events:table_data").contains("champs modifiés : Courriel, Téléphone"), browser.text("events:table_data"));
        browser.assertAccessible();
        assertTrue(admin.get("api/audit?targetType=Learner&targetId=" + id).body().contains("fields: email, phone"),
                "the API's detail stays English");
    }

    @Test
    void retentionPageShowsTheRuleAndTheDryRun() {
        browser.signedIn("admin").open("admin/retention.xhtml");
        assertEquals("Durée de conservation", browser.title());
        assertTrue(browser.text("rule").contains("5 ans"), browser.text("rule"));
        browser.assertAccessible();
    }

    @Test
    void learnerIsRestrictedThenErasedFromTheFileWithThePasswordTypedAgain() {
        Api coordinator = Api.as(base, "coordinator");
        long lille = Api.as(base, "admin").get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String last = "Effacee" + Api.uniqueWord();
        Api.Reply created = coordinator.post("api/learners", "{\"firstName\":\"Zélie\",\"lastName\":\"" + last
                + "\",\"siteId\":" + lille + ",\"birthDate\":\"1991-05-06\",\"gender\":\"WOMAN\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();

        browser.signedIn("coordinator").open("learners/view.xhtml?id=" + id + "&tab=7");
        assertTrue(browser.title().contains(last));
        browser.assertAccessible();
        String pdf = browser.pdfText(browser.element("tabs:rightsForm:dossierPdf").getAttribute("href"));
        assertTrue(pdf.contains(last), pdf);

        browser.click("tabs:rightsForm:restrict");
        browser.waitForText("messages", "Traitement limité");
        assertTrue(browser.isPresent("restricted"), "the file says the processing is restricted");
        assertTrue(browser.text("restrictionState").contains("limité"));
        browser.open("learners/list.xhtml");
        browser.filter("learners:text", last);
        browser.waitForText("learners:table", "Aucun");
        browser.tick("learners:restricted", true);
        browser.waitForText("learners:table", last);
        browser.open("learners/view.xhtml?id=" + id + "&tab=7");

        browser.type("tabs:rightsForm:password", "not-my-password");
        browser.click("tabs:rightsForm:erase");
        wait.until(d -> browser.pageText().contains("Mot de passe incorrect")); // the field's own message
        assertTrue(browser.title().contains(last), "nothing erased");

        browser.type("tabs:rightsForm:password", Api.DEMO_PASSWORD);
        browser.click("tabs:rightsForm:erase");
        browser.waitForText("messages", "anonymisée");
        assertFalse(browser.pageText().contains(last), "the name is gone from the file");
        assertTrue(browser.isPresent("anonymisedOn"));
        browser.assertAccessible();
    }
}
