package org.tremplin.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tremplin.testing.Api;
import org.tremplin.testing.BrowserTest;
import org.tremplin.testing.TrainingFixture;

/** The trainer's and the coordinator's training screens, used as a person would; axe-core on each. */
class TrainingIT extends BrowserTest {

    @Test
    void theTrainerTakesAttendanceForFifteenAllPresentButTwoAndTheHoursReachTheLearnerFile() {
        TrainingFixture f = new TrainingFixture(base, 15);
        long session = f.session(LocalDate.now(), "trainer");

        browser.signedIn("trainer").open("training/mine.xhtml");
        assertEquals("Mes séances", browser.title());
        browser.assertAccessible();
        browser.driver().findElements(By.cssSelector("#today a.session-card")).stream()
                .filter(a -> a.getAttribute("href").endsWith("id=" + session)).findFirst()
                .orElseThrow(() -> new AssertionError("today's session is listed first")).click();
        browser.waitForPage();
        assertEquals("Feuille de présence", browser.title());
        browser.assertAccessible();
        int rowOf3 = rowOf(f.lastNames.get(2));
        int rowOf7 = rowOf(f.lastNames.get(6));

        browser.click("register:allPresent");
        browser.waitForText("register:counts", "15 sur 15");
        browser.pick("register:rows:" + rowOf3 + ":status", "Absent");
        browser.pick("register:rows:" + rowOf7 + ":status", "En retard");
        browser.waitForText("register:counts", "14 présent(s) ou en retard");
        browser.assertAccessible();
        browser.submit("register:save");
        assertTrue(browser.pageText().contains("Présences enregistrées pour 15 apprenant(s) sur 15."), browser.pageText());

        Map<Long, String> stored = f.admin.get("api/sessions/" + session + "/attendance").array().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(o -> o.getJsonNumber("learnerId").longValue(),
                        (JsonObject o) -> o.getString("status")));
        assertEquals("ABSENT", stored.get(f.learners.get(2)));
        assertEquals("LATE", stored.get(f.learners.get(6)));
        assertEquals(13, stored.values().stream().filter("PRESENT"::equals).count());
        String sheet = browser.pdfText(browser.element("sheet:sheetPdf").getAttribute("href")).replaceAll("\\s+", " ");
        assertTrue(sheet.contains("Feuille d'émargement") && sheet.contains(f.lastNames.get(0).toUpperCase()), sheet);
        assertTrue(sheet.contains("Absent"), "the absence is printed in the learner's box: " + sheet);
        browser.tick("sheet:onFile", true);
        browser.submit("sheet:saveSheet");
        assertTrue(f.admin.get("api/sessions/" + session).object().getBoolean("sheetOnFile"));

        browser.open("learners/view.xhtml?id=" + f.learners.get(6)).tab("Présences");
        assertEquals("3,0", browser.text("hours"));
        assertEquals("100 %", browser.text("rate"));
        assertTrue(browser.text("tabs:attendanceTable").contains("En retard"));
        browser.assertAccessible();
        browser.open("learners/view.xhtml?id=" + f.learners.get(2)).tab("Présences");
        assertEquals("0,0", browser.text("hours"));
        assertEquals("0 %", browser.text("rate"));
    }

    /**
     * The register on a tablet: reached from the trainer's home page, only the members enrolled on the session's
     * day, two of the same name told apart by birth year, each row's group named by its learner, toggles of at
     * least 44 × 44 px that stay on one line at 768 px; axe-clean at both widths (screenshots in target/screenshots).
     */
    @Test
    void theRegisterFitsATabletAndNamesEachRow() {
        TrainingFixture f = new TrainingFixture(base, 4);
        String first = f.admin.get("api/learners/" + f.learners.get(0)).object().getString("firstName");
        long namesake = TrainingFixture.created(f.admin.post("api/learners?confirmDistinctPerson=true", "{\"firstName\":\"" + first + "\",\"lastName\":\""
                + f.lastNames.get(0) + "\",\"siteId\":" + f.admin.get("api/learners/" + f.learners.get(0)).object()
                .getJsonNumber("siteId") + ",\"birthDate\":\"1990-06-15\"}")).getJsonNumber("id").longValue();
        TrainingFixture.created(f.admin.post("api/enrolments", "{\"learnerId\":" + namesake + ",\"cohortId\":" + f.cohortId
                + ",\"entryDate\":\"" + LocalDate.now().minusWeeks(2) + "\"}"));
        long leaver = f.admin.get("api/enrolments?cohortId=" + f.cohortId).array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("learnerId").longValue() == f.learners.get(3)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply left = f.admin.post("api/enrolments/" + leaver + "/exit", "{\"exitDate\":\"" + LocalDate.now().minusDays(3)
                + "\",\"exitReason\":\"MOVED\"}");
        assertTrue(left.status() < 300, left::toString);
        long session = f.session(LocalDate.now(), "trainer");

        browser.logIn("trainer");
        assertEquals("Tableau de bord", browser.title());
        browser.driver().findElements(By.cssSelector("#today a.session-card")).stream()
                .filter(a -> a.getAttribute("href").endsWith("id=" + session)).findFirst()
                .orElseThrow(() -> new AssertionError("today's session on the trainer's home page")).click();
        browser.waitForPage();
        assertEquals("Feuille de présence", browser.title());
        List<String> names = browser.driver().findElements(By.cssSelector("#register\\:rows .learner-name")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(4, names.size(), "the leaver is not on the register: " + names);
        assertFalse(names.stream().anyMatch(n -> n.contains(f.lastNames.get(3))), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("(1985)")) && names.contains(names.stream()
                .filter(n -> n.endsWith("(1990)")).findFirst().orElse("none")), "namesakes told apart: " + names);
        List<WebElement> legends = browser.driver().findElements(By.cssSelector("#register\\:rows fieldset.status-set legend"));
        assertEquals(names, legends.stream().map(l -> l.getAttribute("textContent").strip()).toList(), "each group named by its row");

        for (int width : new int[] {1280, 768}) {
            browser.driver().manage().window().setSize(new Dimension(width, 1024));
            browser.waitForPage();
            browser.screenshot("register-" + width);
            for (WebElement row : browser.driver().findElements(By.cssSelector("#register\\:rows_data > tr"))) {
                List<WebElement> toggles = row.findElements(By.cssSelector(".status-toggles label"));
                assertEquals(4, toggles.size());
                WebElement cell = row.findElements(By.tagName("td")).get(1);
                int cellEnd = cell.getRect().getX() + cell.getRect().getWidth();
                for (WebElement t : toggles) {
                    assertTrue(t.getRect().getX() + t.getRect().getWidth() <= cellEnd, width + " px: " + t.getText() + " is not cut off");
                    assertTrue(t.getRect().getWidth() >= 44 && t.getRect().getHeight() >= 44, width + " px: " + t.getText() + " " + t.getRect().getDimension());
                    assertEquals(toggles.get(0).getRect().getY(), t.getRect().getY(), width + " px: the toggles stay on one line");
                }
            }
            assertTrue((Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= width, "no sideways scrolling at " + width);
            browser.assertAccessible();
        }
        browser.type("register:rows:0:remark", "arrivée à 10 h");
        browser.click("register:save");
        browser.waitForText("syncStatus", "pour garder sa remarque");
        assertTrue(f.admin.get("api/sessions/" + session + "/attendance").array().stream()
                .noneMatch(v -> v.asJsonObject().containsKey("status")), "a remark alone saves nothing");
        browser.click("register:allPresent");
        browser.waitForText("register:counts", "4 sur 4");
        int row = names.indexOf(names.stream().filter(n -> n.endsWith("(1990)")).findFirst().orElseThrow());
        browser.pick("register:rows:" + row + ":status", "Absent");
        browser.waitForText("register:counts", "3 présent(s) ou en retard");
        WebElement chosen = browser.driver().findElement(By.cssSelector("#register\\:rows\\:" + row + "\\:status input:checked + label"));
        assertEquals("Absent", chosen.getText().strip());
        assertTrue(!"rgba(255, 255, 255, 1)".equals(chosen.getCssValue("background-color")), "the chosen toggle is filled");
        browser.screenshot("register-768-marked");
        browser.submit("register:save");
        assertTrue(browser.pageText().contains("Présences enregistrées pour 4 apprenant(s) sur 4."), browser.pageText());
        assertEquals("ABSENT", f.admin.get("api/sessions/" + session + "/attendance").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("learnerId").longValue() == namesake).findFirst().orElseThrow().getString("status"));
        assertTrue(register(f, session).values().stream().anyMatch(o -> "arrivée à 10 h".equals(o.getString("remark", null))),
                "the remark went with the first row's mark");
    }

    @Test
    void aLearnerAbsentThreeTimesRunningIsFlaggedOnTheCoordinatorsDashboard() {
        TrainingFixture f = new TrainingFixture(base, 2);
        Api trainer = Api.as(base, "trainer");
        for (int week = 3; week >= 1; week--) {
            long session = f.session(LocalDate.now().minusWeeks(week), "trainer");
            String secondStatus = week == 1 ? "PRESENT" : "ABSENT"; // the second learner came back last week
            Api.Reply taken = trainer.put("api/sessions/" + session + "/attendance", "[{\"learnerId\":" + f.learners.get(0)
                    + ",\"status\":\"ABSENT\"},{\"learnerId\":" + f.learners.get(1) + ",\"status\":\"" + secondStatus + "\"}]");
            assertEquals(200, taken.status(), taken::toString);
        }
        browser.logIn("coordinator");
        String absentees = browser.text("absenteesForm:absentees");
        assertTrue(absentees.contains(f.lastNames.get(0)), absentees);
        assertTrue(!absentees.contains(f.lastNames.get(1)), "present at the last session: " + absentees);
        browser.assertAccessible();
    }

    @Test
    void aTrainerCannotOpenAnotherTrainersRegister() {
        TrainingFixture f = new TrainingFixture(base, 1);
        long theirs = f.session(LocalDate.now(), "trainer2");
        browser.signedIn("trainer").open("training/register.xhtml?id=" + theirs);
        assertEquals("Page introuvable", browser.title(), "no sign that the session exists");
        assertTrue(!browser.pageText().contains("Atelier e-mail"), browser.pageText());
        browser.open("training/edit.xhtml");
        assertEquals("Accès refusé", browser.title(), "trainers do not plan sessions");
    }

    @Test
    void theCoordinatorPlansAWeeklySeriesSeesItOnTheCalendarAndTheCohortPage() {
        TrainingFixture f = new TrainingFixture(base, 2);
        LocalDate first = LocalDate.now().plusDays(1);
        browser.signedIn("coordinator").open("training/edit.xhtml?cohort=" + f.cohortId);
        browser.assertAccessible();
        browser.date("form:date", first.toString());
        browser.choose("form:trainer", "Julien Formateur");
        browser.type("form:topic", "Démarches en ligne");
        browser.element("form:weeks_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
        browser.submit("form:save");
        assertTrue(browser.pageText().contains("4 séances planifiées."), browser.pageText());
        assertEquals("4", f.admin.get("api/sessions?cohortId=" + f.cohortId).header("X-Total-Count"));
        browser.assertAccessible();

        // the list of sessions, narrowed to the cohort found by a part of its name among all the region's
        browser.open("training/sessions.xhtml");
        browser.type("sessions:cohort_input", f.cohortName.substring("Groupe ".length()));
        WebDriverWait wait = browser.waiting(20);
        WebElement suggestion = wait.until(d -> d.findElements(By.cssSelector("[id='sessions:cohort_panel'] li")).stream()
                .filter(li -> li.getText().strip().equals(f.cohortName)).findFirst().orElse(null));
        suggestion.click();
        browser.waitForPage();
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='sessions:table_data'] > tr[data-ri]"));
            return rows.size() == 4 && rows.stream().allMatch(r -> r.getText().contains(f.cohortName));
        });
        browser.assertAccessible();
        browser.screenshots("sessions-of-a-cohort");
        // each row leads to its register, and (none taken yet) to its form
        assertEquals(4, browser.driver().findElements(By.cssSelector(
                "[id='sessions:table_data'] a.inline-action[href*='/training/edit.xhtml?id=']")).size());
        String register = browser.driver().findElement(By.cssSelector(
                "[id='sessions:table_data'] a[href*='/training/register.xhtml?id=']")).getAttribute("href");
        browser.open(register.substring(register.indexOf("training/register.xhtml")));
        assertTrue(browser.pageText().contains(f.cohortName), browser.pageText());

        browser.open("training/calendar.xhtml");
        browser.assertAccessible();
        browser.open("cohorts/view.xhtml?id=" + f.cohortId);
        assertTrue(browser.text("sessionsTaken").equals("0 / 4"), browser.text("sessionsTaken"));
        browser.assertAccessible();
    }

    @Test
    void aLevelIsAssessedPerCompetenceAndTheSkillsTabComparesEntryAndLatest() {
        TrainingFixture f = new TrainingFixture(base, 1);
        f.session(LocalDate.now(), "trainer"); // a trainer sees the learners of the cohorts where they lead a session
        long learner = f.learners.get(0);
        Api.Reply entry = f.admin.post("api/assessments", "{\"learnerId\":" + learner + ",\"date\":\""
                + LocalDate.now().minusWeeks(4) + "\",\"kind\":\"ENTRY\",\"method\":\"SELF\",\"levels\":{\"1.1\":1,\"1.2\":1}}");
        assertEquals(201, entry.status(), entry::toString);

        browser.signedIn("trainer").open("training/assess.xhtml?learner=" + learner);
        browser.assertAccessible();
        browser.driver().findElement(By.cssSelector("select[id$=':level']")); // one select per competence
        selectLevel("1.1", "3 · Intermédiaire");
        selectLevel("1.2", "2 · Fondamental");
        browser.submit("form:save");
        assertTrue(browser.pageText().contains("Évaluation enregistrée (2 compétence(s))."), browser.pageText());
        assertEquals("Compétences", browser.driver().findElement(By.cssSelector("#tabs li.ui-tabs-selected")).getText().strip(),
                "back on the skills tab, where the assessment shows");
        String progress = browser.text("tabs:progress");
        assertTrue(progress.contains("Information et données") && progress.contains("2,5"), progress);
        assertTrue(browser.text("tabs:skillsForm:assessments").contains("Intermédiaire"), browser.text("tabs:skillsForm:assessments"));
        browser.assertAccessible();

        // corrected: the latest (first row) gets 5 for 1.1, back on the skills tab
        long latest = f.admin.get("api/assessments?learnerId=" + learner).array().stream().map(JsonValue::asJsonObject)
                .mapToLong(a -> a.getJsonNumber("id").longValue()).max().orElseThrow();
        browser.driver().findElement(By.id("tabs:skillsForm:assessments:0:correct")).click();
        browser.waitForPage();
        selectLevel("1.1", "5 · Avancé");
        browser.submit("form:save");
        assertTrue(browser.pageText().contains("Évaluation corrigée."), browser.pageText());
        assertTrue(browser.text("tabs:skillsForm:assessments").contains("1.1 : 5"), browser.text("tabs:skillsForm:assessments"));
        // deleted, after a confirmation; the entry assessment stays
        browser.driver().findElement(By.id("tabs:skillsForm:assessments:0:delete")).click();
        browser.waitForPage();
        assertTrue(browser.text("tabs:skillsForm:confirmDelete").contains("journal d’audit"), browser.pageText());
        browser.assertAccessible();
        browser.submit("tabs:skillsForm:confirm");
        assertTrue(browser.pageText().contains("Évaluation supprimée."), browser.pageText());
        assertEquals(1, f.admin.get("api/assessments?learnerId=" + learner).array().size(), "the entry assessment stays");
        List<String> trail = f.admin.get("api/audit?targetType=Assessment&targetId=" + latest).array().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("action")).toList();
        assertTrue(trail.contains("UPDATE") && trail.contains("DELETE"), "the correction and the deletion are audited: " + trail);
    }

    /** From its register, a session's group of ten is assessed in one grid on the session's competences and one save. */
    @Test
    void aGroupOfTenIsAssessedFromItsSessionInOneSave() {
        TrainingFixture f = new TrainingFixture(base, 10);
        long session = f.session(LocalDate.now(), "trainer");
        browser.signedIn("trainer").open("training/register.xhtml?id=" + session);
        browser.driver().findElement(By.id("register:assessGroup")).click();
        browser.waitForPage();
        assertEquals("Évaluer le groupe", browser.title());
        List<String> headers = browser.driver().findElements(By.cssSelector("#group\\:grid thead th abbr")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(List.of("2.1", "4.2"), headers, "the session's competences, preselected");
        browser.assertAccessible();
        new Select(browser.element("group:add")).selectByValue("1.1");
        browser.click("group:addColumn");
        browser.waitForText("group:grid", "1.1");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#group\\:grid_data > tr"));
        assertEquals(10, rows.size());
        Map<String, String> levels = Map.of("2.1", "3", "4.2", "2", "1.1", "4");
        List<String> columns = List.of("2.1", "4.2", "1.1");
        for (WebElement row : rows) {
            List<WebElement> selects = row.findElements(By.cssSelector("select.level-select"));
            assertEquals(3, selects.size());
            for (int c = 0; c < 3; c++) {
                new Select(selects.get(c)).selectByValue(levels.get(columns.get(c)));
            }
        }
        browser.assertAccessible();
        browser.screenshot("assess-group");
        browser.submit("group:save");
        assertEquals("Feuille de présence", browser.title());
        assertTrue(browser.pageText().contains("10 apprenant(s) évalué(s) sur 10."), browser.pageText());
        for (long learner : f.learners) {
            List<JsonObject> stored = f.admin.get("api/assessments?learnerId=" + learner).array().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertEquals(1, stored.size(), "one assessment per learner");
            JsonObject a = stored.get(0);
            assertEquals(LocalDate.now().toString(), a.getString("date"));
            assertEquals(Map.of("2.1", 3, "4.2", 2, "1.1", 4), a.getJsonObject("levels").entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).intValue())));
        }
    }

    void selectLevel(String code, String label) {
        var select = browser.driver().findElements(By.cssSelector("label[for$=':level']")).stream()
                .filter(l -> l.getText().startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no competence " + code)).getAttribute("for");
        new Select(browser.driver().findElement(By.id(select))).selectByVisibleText(label);
    }

    /**
     * The offline register: kept by the service worker from the trainer's home page, taken with Chromium's network
     * cut (DevTools protocol), the marks shown as not yet sent and kept in the browser; when the network returns they
     * go, a line the coordinator changed meanwhile is offered to choose, and the marks are on the server once (sent
     * again with their client ids, nothing changes). Logging out leaves nothing of it in the browser.
     */
    @Test
    void aRegisterTakenWithoutNetworkIsSentOnceWhenItReturnsAndAConflictIsChosen() {
        TrainingFixture f = new TrainingFixture(base, 3);
        long session = f.session(LocalDate.now(), "trainer");
        int absent = 0;
        int changedMeanwhile = 1;
        browser.logIn("trainer");
        assertEquals("Tableau de bord", browser.title());
        String kept = "return caches.open('tremplin-registers').then(c => c.keys()).then(k => k.map(r => r.url).join(' '))";
        browser.waitUntilScript(kept + ".then(u => u.includes('register.xhtml?id=" + session + "'))");
        browser.driver().findElements(By.cssSelector("#today a.session-card")).stream()
                .filter(a -> a.getAttribute("href").endsWith("id=" + session)).findFirst().orElseThrow().click();
        browser.waitForPage();
        int rowA = rowOf(f.lastNames.get(absent));
        int rowB = rowOf(f.lastNames.get(changedMeanwhile));

        browser.network(false);
        browser.driver().navigate().refresh(); // offline: the copy the service worker kept
        browser.waitForPage();
        assertEquals("Feuille de présence", browser.title());
        browser.click("register:allPresent");
        browser.waitForText("register:counts", "3 sur 3");
        browser.pick("register:rows:" + rowA + ":status", "Absent");
        browser.type("register:rows:" + rowA + ":remark", "rendez-vous Pôle emploi");
        browser.click("register:save");
        browser.waitForText("syncStatus", "3 marque(s) pas encore envoyée(s)");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#register\\:rows .pending-mark:not([hidden])")).size());
        browser.assertAccessible();
        browser.screenshot("register-offline");
        Map<Long, JsonObject> server = register(f, session);
        assertTrue(server.values().stream().allMatch(o -> !o.containsKey("status") || o.isNull("status")), "nothing reached the server: " + server);

        // meanwhile the coordinator marks one of them late
        Api.Reply other = f.admin.put("api/sessions/" + session + "/attendance",
                "[{\"learnerId\":" + f.learners.get(changedMeanwhile) + ",\"status\":\"LATE\"}]");
        assertEquals(200, other.status(), other::toString);

        browser.network(true);
        browser.waitForText("conflictList", f.lastNames.get(changedMeanwhile));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#conflictList li")).size());
        assertTrue(browser.text("conflictList").contains("En retard"), browser.text("conflictList"));
        browser.assertAccessible();
        browser.screenshot("register-conflict");
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.xpath("//ul[@id='conflictList']/li//button[normalize-space()='Garder la sienne']")).click();
        browser.waitUntilGone(page);
        browser.waitForText("syncStatus", "Présences enregistrées pour 3 apprenant(s) sur 3.");
        assertEquals(0, browser.driver().findElements(By.cssSelector("#register\\:rows .pending-mark:not([hidden])")).size());
        assertEquals("0", String.valueOf(browser.script("return new Promise(r => { const q = indexedDB.open('tremplin-offline');"
                + " q.onsuccess = () => { const t = q.result.transaction('outbox').objectStore('outbox').count();"
                + " t.onsuccess = () => r(t.result); }; })")), "the outbox is empty");

        server = register(f, session);
        JsonObject a = server.get(f.learners.get(absent));
        assertEquals("ABSENT", a.getString("status"));
        assertEquals("rendez-vous Pôle emploi", a.getString("remark"));
        assertEquals("trainer", a.getString("markedBy"));
        assertEquals("LATE", server.get(f.learners.get(changedMeanwhile)).getString("status"), "theirs was kept");
        assertEquals("admin", server.get(f.learners.get(changedMeanwhile)).getString("markedBy"));
        assertEquals("PRESENT", server.get(f.learners.get(2)).getString("status"));

        // the same marks arriving again (a resend after a lost answer) change nothing
        StringBuilder again = new StringBuilder("[");
        for (long learner : List.of(f.learners.get(absent), f.learners.get(2))) {
            JsonObject line = server.get(learner);
            again.append(again.length() > 1 ? "," : "").append("{\"learnerId\":").append(learner).append(",\"status\":\"")
                    .append(line.getString("status")).append("\",\"clientId\":\"").append(line.getString("clientId"))
                    .append("\",\"seenAt\":\"").append(LocalDate.now().minusDays(1)).append("T08:00:00Z\"}");
        }
        Api.Reply resent = Api.as(base, "trainer").put("api/sessions/" + session + "/attendance", again + "]");
        assertEquals(200, resent.status(), resent::toString);
        Map<Long, JsonObject> after = register(f, session);
        assertEquals(server, after, "a resend is harmless: every line as it was, marked once");

        browser.submit("nav:logout");
        browser.waitUntilScript("return caches.keys().then(k => k.length === 0)");
        browser.waitUntilScript("return indexedDB.databases().then(d => !d.some(x => x.name === 'tremplin-offline'))");
    }

    private static Map<Long, JsonObject> register(TrainingFixture f, long session) {
        return f.admin.get("api/sessions/" + session + "/attendance").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getJsonNumber("learnerId").longValue(), o -> o));
    }

    int rowOf(String lastName) {
        var names = browser.driver().findElements(By.cssSelector("[id^='register:rows:'][id$=':name']"));
        for (var name : names) {
            if (name.getText().contains(lastName)) {
                String id = name.getAttribute("id");
                return Integer.parseInt(id.split(":")[2]);
            }
        }
        throw new AssertionError("no row for " + lastName);
    }
}
