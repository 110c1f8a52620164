package org.tremplin.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tremplin.testing.Api;
import org.tremplin.testing.Browser;
import org.tremplin.testing.BrowserTest;

/**
 * The funders' and coordinators' report screens as people use them: a funder walks every page their
 * menu leads to and downloads every export without meeting a learner; a coordinator works the
 * follow-up queue and opens the people behind a figure; an admin sets a target.
 */
class ReportsIT extends BrowserTest {

    /** Every demo learner's full name, e-mail and phone: none may reach a funder. */
    List<String> personalData() {
        Api admin = Api.as(base, "admin");
        List<String> data = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            for (JsonValue v : admin.get("api/learners?size=200&page=" + page).array()) {
                JsonObject l = v.asJsonObject();
                data.add(l.getString("firstName") + " " + l.getString("lastName"));
                data.add(l.getString("lastName") + ";" + l.getString("firstName"));
                if (l.containsKey("email") && !l.isNull("email")) {
                    data.add(l.getString("email"));
                }
            }
        }
        assertTrue(data.size() > 200, "the demo learners were read");
        return data;
    }

    @Test
    void aFunderSeesFiguresChartsAndExportsButNeverALearner() throws Exception {
        List<String> personal = personalData();
        browser.logIn("funder");
        Deque<String> toVisit = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> exports = new LinkedHashSet<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("#nav\\:menu a[href]"))) {
            toVisit.add(a.getAttribute("href"));
        }
        int charts = 0;
        while (!toVisit.isEmpty() && seen.size() < 20) {
            String href = toVisit.poll().replaceAll("#.*$", "");
            if (!href.startsWith(base.toString()) || !href.contains(".xhtml") || !seen.add(href)) {
                continue;
            }
            browser.driver().get(href);
            browser.waitForPage();
            String text = browser.pageText();
            assertFalse(browser.title().equals("Une erreur est survenue"), href);
            for (String p : personal) {
                assertFalse(text.contains(p), href + " shows " + p);
            }
            browser.assertAccessible();
            charts += countDrawnCharts();
            for (WebElement a : browser.driver().findElements(By.cssSelector("a[href]"))) {
                String link = a.getAttribute("href");
                if (link.contains("/reports/export")) {
                    exports.add(link);
                } else if (!link.contains("logout") && !link.contains("lang=")) { // not the header's language switch
                    toVisit.add(link);
                }
            }
        }
        assertTrue(seen.stream().anyMatch(h -> h.contains("reports/esf.xhtml")), seen::toString);
        assertTrue(seen.stream().anyMatch(h -> h.contains("reports/dashboard.xhtml")), seen::toString);
        assertFalse(seen.stream().anyMatch(h -> h.contains("reports/people")), "no link to people for a funder: " + seen);
        assertTrue(charts >= 4, "the ESF chart and three dashboard charts are drawn, saw " + charts);

        assertTrue(exports.size() >= 15, "every report offers CSV, Excel and PDF: " + exports);
        for (String href : exports) {
            Api.File file = browser.download(href);
            assertEquals(200, file.status(), href);
            String text = href.contains("format=pdf") ? Browser.pdfText(file.bytes())
                    : href.contains("format=xlsx") ? xlsxText(file.bytes()) : new String(file.bytes(), StandardCharsets.UTF_8);
            assertFalse(text.isBlank(), href);
            for (String p : personal) {
                assertFalse(text.contains(p), href + " holds " + p);
            }
            if (href.contains("report=esf") && href.contains("format=csv")) {
                // the export hides what the page hides: no gender cell or total of 1 to 4 people
                for (String line : text.split("\r?\n")) {
                    String[] cells = line.split(";", -1);
                    if (cells.length >= 7 && cells[0].matches("EEC[OR]\\d\\d")) {
                        for (int i = 2; i <= 6; i++) {
                            String cell = cells[i].replace("\"", "").strip();
                            assertTrue(!cell.matches("[1-4]"), href + " shows " + cell + " in " + line);
                        }
                    }
                }
            }
        }

        browser.open("reports/esf.xhtml");
        assertTrue(browser.isPresent("report:maskedNote"), "a funder is told small cells are masked");
        assertTrue(browser.driver().findElements(By.cssSelector(".masked")).size() > 0, "some cells are masked");
        List<String> cells = new ArrayList<>(); // women, men, non-binary, not recorded, total: columns 3 to 7
        for (WebElement row : browser.driver().findElements(By.cssSelector("#report\\:table tbody tr"))) {
            row.findElements(By.tagName("td")).subList(2, 7).forEach(td -> cells.add(td.getText().strip()));
        }
        assertTrue(cells.contains("< 5") && cells.contains("s"), "small cells read < 5, the ones protecting them s: " + cells);
        assertTrue(browser.text("report:secondaryNote").contains("« s »"), browser.text("report:secondaryNote"));
        nothingCutAt768("report:table");
        for (String cell : cells) {
            assertTrue(!cell.matches("\\d+") || Integer.parseInt(cell) == 0 || Integer.parseInt(cell) >= 5, "the funder sees " + cell);
        }
        String people = base + "reports/people.xhtml?programme=1&code=EECO01";
        browser.driver().get(people);
        browser.waitForPage();
        assertFalse(browser.pageText().contains("EECO01 ·"), "the people page is refused to funders");
        assertEquals(404, browser.download(base + "reports/export?report=people&format=csv&programme=1&code=EECO01").status());
    }

    @Test
    void aCoordinatorRecordsAFollowUpAndOpensThePeopleBehindAFigure() {
        browser.logIn("coordinator").open("outcomes/queue.xhtml");
        browser.assertAccessible();
        new Select(browser.element("queue:timing")).selectByValue("SIX_MONTHS");
        browser.waitForPage();
        long before = Long.parseLong(browser.text("sixMonthsCount"));
        assertTrue(before > 0, "the demo leaves six-month follow-ups to make");
        assertTrue(browser.text("queue:table").contains(" sur " + before), "the table counts what the figure says: "
                + before + " / " + browser.text("queue:table"));
        assertEquals(before, Api.as(base, "coordinator").get("api/outcomes/due?timing=SIX_MONTHS&size=1").object()
                .getJsonNumber("total").longValue(), "the API counts the same follow-ups");
        WebElement first = browser.driver().findElements(By.cssSelector("#queue\\:table a.record-link")).get(0);
        String name = browser.driver().findElements(By.cssSelector("#queue\\:table a.learner-name")).get(0).getText();
        first.click();
        browser.waitForPage();
        assertEquals("Situation après la sortie", browser.title());
        assertTrue(browser.text("who").contains(name));
        browser.assertAccessible();
        browser.submit("outcome:save"); // nothing ticked, no source
        assertTrue(browser.pageText().contains("Cochez au moins une situation"), browser.pageText());
        assertTrue(browser.pageText().contains("Indiquez comment la situation est connue"));
        browser.driver().findElement(By.id("outcome:employed")).click();
        new Select(browser.element("outcome:contract")).selectByVisibleText("CDI");
        new Select(browser.element("outcome:source")).selectByVisibleText("Enquête à six mois");
        browser.driver().findElement(By.id("outcome:better")).click();
        browser.submit("outcome:save");
        assertTrue(browser.path().startsWith("/learners/view.xhtml"), browser.path());
        assertTrue(browser.pageText().contains("Situation enregistrée"));
        assertTrue(browser.text("tabs:outcomeTable").contains("CDI"), browser.text("tabs:outcomeTable"));

        browser.open("outcomes/queue.xhtml");
        assertEquals(before - 1, Long.parseLong(browser.text("sixMonthsCount")));

        browser.open("reports/esf.xhtml?programme=" + synapse());
        browser.assertAccessible();
        assertFalse(browser.isPresent("report:maskedNote"));
        WebElement figure = browser.driver().findElements(By.cssSelector("#report\\:table a.figure-link")).get(0);
        String count = figure.getText();
        figure.click();
        browser.waitForPage();
        assertEquals("Personnes comptées", browser.title());
        assertEquals(Math.min(Integer.parseInt(count), 50), // 50 a page; the CSV below holds them all
                browser.driver().findElements(By.cssSelector("#people\\:table a.learner-name")).size());
        browser.assertAccessible();
        assertFalse(browser.isPresent("peopleCsv"), "names in bulk: the password typed again first");
        String query = browser.path().contains("?") ? browser.path().substring(browser.path().indexOf('?') + 1) : "";
        assertEquals(403, browser.download(base + "reports/export?report=people&format=csv&" + query).status());
        browser.type("reauth:password", Api.DEMO_PASSWORD);
        browser.click("reauth:confirm");
        browser.waitForText("messages", "déverrouillés");
        Api.File csv = browser.download(browser.element("peopleCsv").getAttribute("href"));
        assertEquals(200, csv.status());
        assertEquals(Integer.parseInt(count) + 1, new String(csv.bytes(), StandardCharsets.UTF_8).strip().split("\r\n").length);
    }

    /**
     * On a tablet held upright no heading or cell of these tables is cut: the columns take the width their words
     * need and a table wider than the screen scrolls sideways in a region the keyboard can reach (axe checks it).
     */
    private void nothingCutAt768(String... tables) {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1000));
        for (String table : tables) {
            String css = "#" + table.replace(":", "\\\\:");
            assertTrue(browser.driver().findElements(By.cssSelector("#" + table.replace(":", "\\:") + " td")).size() > 0, table);
            assertEquals(List.of(), browser.script("return [...document.querySelectorAll('" + css + " th, " + css + " td')]"
                    + ".filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())"), "cut at 768 px in " + table);
        }
        browser.assertAccessible();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void anAdminSetsATargetAndSeesHowFarTheProgrammeIs() {
        long synapse = synapse();
        browser.logIn("admin").open("reports/dashboard.xhtml?programme=" + synapse);
        browser.assertAccessible();
        nothingCutAt768("dash:cohorts", "dash:digcomp");
        assertTrue(Long.parseLong(browser.text("enrolled")) >= Long.parseLong(browser.text("attended")));
        assertTrue(Long.parseLong(browser.text("attended")) > 0);
        browser.open("reports/esf.xhtml?programme=" + synapse);
        String participants = browser.text("participants");
        WebElement target = browser.driver().findElement(By.id("report:table:0:target"));
        target.clear();
        target.sendKeys(participants.strip().isEmpty() ? "1" : String.valueOf(Long.parseLong(participants) * 2));
        browser.submit("report:saveTargets");
        assertTrue(browser.pageText().contains("Enregistré"));
        String row = browser.driver().findElement(By.cssSelector("#report\\:table tbody tr")).getText();
        assertTrue(row.contains("50 %"), row);

        WebElement bad = browser.driver().findElement(By.id("report:table:1:target"));
        bad.clear();
        bad.sendKeys("beaucoup");
        browser.submit("report:saveTargets");
        assertTrue(browser.pageText().contains("« beaucoup » n’est pas un nombre"), browser.pageText());
    }

    /** Synapse's id: other tests add programmes, so a page's default programme may be any. */
    long synapse() {
        return Api.as(base, "admin").get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Synapse")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    int countDrawnCharts() {
        Object n = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('canvas')).filter(c => c.width > 0 && c.height > 0).length;");
        return ((Number) n).intValue();
    }

    static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                for (Row row : book.getSheetAt(i)) {
                    for (Cell cell : row) {
                        text.append(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                                : cell.getStringCellValue()).append(' ');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    /** A learner of a finished cohort who left on {@code exit}, agreed to the six-month survey, with a mobile and no e-mail. */
    private long leaverWithConsent(Api admin, String first, String last, java.time.LocalDate exit) {
        long site = admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long programme = admin.get("api/programmes").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Synapse")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        java.time.LocalDate start = exit.minusMonths(3);
        Api.Reply cohort = admin.post("api/cohorts", "{\"programmeId\":" + programme + ",\"siteId\":" + site + ",\"name\":\"Groupe "
                + last + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + exit + "\",\"plannedHours\":30}");
        assertEquals(201, cohort.status(), cohort::toString);
        Api.Reply learner = admin.post("api/learners", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"siteId\":"
                + site + ",\"birthDate\":\"1990-04-02\",\"phone\":\"06 11 22 33 44\"}");
        assertEquals(201, learner.status(), learner::toString);
        long id = learner.object().getJsonNumber("id").longValue();
        Api.Reply enrolment = admin.post("api/enrolments", "{\"learnerId\":" + id + ",\"cohortId\":"
                + cohort.object().getJsonNumber("id") + ",\"entryDate\":\"" + start + "\"}");
        assertEquals(201, enrolment.status(), enrolment::toString);
        long enrolmentId = enrolment.object().getJsonNumber("id").longValue();
        Api.Reply left = admin.post("api/enrolments/" + enrolmentId + "/exit", "{\"exitDate\":\"" + exit + "\",\"exitReason\":\"COMPLETED\"}");
        assertEquals(200, left.status(), left::toString);
        Api.Reply consent = admin.post("api/learners/" + id + "/consents", "{\"purpose\":\"SIX_MONTH_SURVEY\",\"given\":true,"
                + "\"givenOn\":\"" + start + "\",\"method\":\"SIGNED_FORM\"}");
        assertEquals(201, consent.status(), consent::toString);
        return enrolmentId;
    }

    /** The queue's row of this person, on the last page (the newest exits come last). */
    private WebElement queueRow(String last) {
        List<WebElement> lastPage = browser.driver().findElements(By.cssSelector("#queue\\:table .ui-paginator-last:not(.ui-state-disabled)"));
        if (!lastPage.isEmpty()) {
            lastPage.get(0).click();
            browser.waitForPage();
        }
        return browser.driver().findElements(By.cssSelector("#queue\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(last)).findFirst()
                .orElseThrow(() -> new AssertionError(last + " is in the queue: " + browser.text("queue:table")));
    }

    private void logAttempt(String last, String channel, boolean reached, String note) {
        browser.submit(queueRow(last).findElement(By.cssSelector("a[id$='tryContact']")).getAttribute("id"));
        assertTrue(browser.text("attempt").contains("Tentative de contact : Zélie " + last), browser.text("attempt"));
        browser.choose("attempt:channel", channel);
        browser.tick("attempt:reached", reached);
        browser.type("attempt:note", note);
        browser.submit("attempt:save");
    }

    @Test
    void aCoordinatorLogsAttemptsUntilAPersonIsUnreachableAndTheDashboardCountsTheFollowUpsDue() {
        Api admin = Api.as(base, "admin");
        Api coordinator = Api.as(base, "coordinator");
        String last = "Tentative" + Api.uniqueWord();
        java.time.LocalDate today = java.time.LocalDate.now();
        long enrolment = leaverWithConsent(admin, "Zélie", last, today); // at exit: due today

        browser.signedIn("coordinator").open("index.xhtml");
        long dueAtExit = coordinator.get("api/outcomes/due?timing=AT_EXIT").object().getJsonNumber("total").longValue();
        long dueSix = coordinator.get("api/outcomes/due?timing=SIX_MONTHS").object().getJsonNumber("total").longValue();
        long overdueAtExit = coordinator.get("api/outcomes/due?timing=AT_EXIT&overdue=true").object().getJsonNumber("total").longValue();
        long overdueSix = coordinator.get("api/outcomes/due?timing=SIX_MONTHS&overdue=true").object().getJsonNumber("total").longValue();
        assertEquals(String.valueOf(dueAtExit + dueSix), browser.text("followUpsDue"));
        assertEquals(String.valueOf(overdueAtExit + overdueSix), browser.text("followUpsOverdue"));
        browser.screenshots("dashboard-coordinator");
        assertTrue(overdueAtExit + overdueSix < dueAtExit + dueSix, "ours is due today, not overdue");
        browser.click("followUpsOverdueLink");
        assertTrue(browser.driver().findElement(By.id("queue:overdueOnly_input")).isSelected(), "the list opens on the overdue ones");
        String timing = new Select(browser.element("queue:timing")).getFirstSelectedOption().getAttribute("value");
        assertTrue(browser.text("queue:table").contains(" sur " + (timing.equals("AT_EXIT") ? overdueAtExit : overdueSix)),
                browser.text("queue:table"));
        assertFalse(browser.text("queue:table").contains(last), "due today: not overdue");

        browser.open("outcomes/queue.xhtml");
        logAttempt(last, "SMS", false, "pas de réponse");
        assertTrue(browser.pageText().contains("Tentative notée pour Zélie " + last + " (1 en tout)."), browser.pageText());
        assertTrue(queueRow(last).getText().contains("1 tentative(s)"), queueRow(last).getText());
        assertTrue(queueRow(last).getText().contains("non jointe"), queueRow(last).getText());

        Api.Reply second = coordinator.post("api/outcomes/attempts", "{\"enrolmentId\":" + enrolment + ",\"timing\":\"AT_EXIT\","
                + "\"channel\":\"PHONE\",\"reached\":false,\"note\":\"messagerie\"}");
        assertEquals(201, second.status(), second::toString);
        assertEquals("TRYING", second.object().getString("state"));
        assertEquals(2, second.object().getJsonArray("attempts").size());

        browser.open("outcomes/queue.xhtml");
        logAttempt(last, "Téléphone", false, "toujours rien");
        assertTrue(browser.pageText().contains("(3 en tout) : injoignable"), browser.pageText());
        WebElement row = queueRow(last);
        assertTrue(row.getText().contains("3 tentative(s)") && row.getText().contains("injoignable"), row.getText());
        browser.submit(row.findElement(By.cssSelector("a[id$='tryContact']")).getAttribute("id"));
        assertTrue(browser.text("previous").contains("pas de réponse") && browser.text("previous").contains("messagerie"),
                browser.text("previous"));
        browser.assertAccessible();
        browser.screenshots("follow-up-attempts");

        JsonObject history = coordinator.get("api/outcomes/attempts?timing=AT_EXIT&enrolmentId=" + enrolment).object();
        assertEquals("UNREACHABLE", history.getString("state"));
        assertEquals(List.of("SMS", "PHONE", "PHONE"), history.getJsonArray("attempts").stream()
                .map(a -> a.asJsonObject().getString("channel")).toList());
        Api.Reply reached = coordinator.post("api/outcomes/attempts", "{\"enrolmentId\":" + enrolment + ",\"timing\":\"AT_EXIT\","
                + "\"channel\":\"IN_PERSON\",\"reached\":true}");
        assertEquals("REACHED", reached.object().getString("state"), "reaching them ends 'unreachable'");
        Api.Reply before = coordinator.post("api/outcomes/attempts", "{\"enrolmentId\":" + enrolment + ",\"timing\":\"AT_EXIT\","
                + "\"channel\":\"PHONE\",\"reached\":false,\"at\":\"" + today.minusDays(3) + "T10:00:00Z\"}");
        assertEquals(400, before.status(), before::toString);
        assertEquals(List.of("at"), before.errorFields());
        Api.Reply badChannel = coordinator.post("api/outcomes/attempts", "{\"enrolmentId\":" + enrolment + ",\"timing\":\"AT_EXIT\","
                + "\"channel\":\"PIGEON\"}");
        assertEquals(400, badChannel.status(), badChannel::toString);
        assertTrue(badChannel.errorFields().containsAll(List.of("channel", "reached")), badChannel::toString);
        assertEquals(4, coordinator.get("api/outcomes/attempts?timing=AT_EXIT&enrolmentId=" + enrolment).object()
                .getJsonArray("attempts").size(), "nothing written by the refused ones");
        assertEquals(403, Api.as(base, "trainer").get("api/outcomes/attempts?timing=AT_EXIT&enrolmentId=" + enrolment).status());
    }

    private long sixMonthFollowUpsDue() {
        return Api.as(base, "coordinator").get("api/outcomes/due?timing=SIX_MONTHS&size=1").object().getJsonNumber("total").longValue();
    }

    private Browser phone() {
        Browser phone = new Browser(base);
        phone.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        return phone;
    }

    private static void answer(Browser phone, String question, int choice) {
        phone.driver().findElement(By.cssSelector("label[for='survey:" + question + ":" + choice + "']")).click();
    }

    @Test
    void aLearnerAnswersTheSixMonthSurveyOnAPhoneOnceAndAnExpiredLinkSaysSo() {
        Api admin = Api.as(base, "admin");
        String word = Api.uniqueWord();
        java.time.LocalDate today = java.time.LocalDate.now();
        String last = "Enquete" + word;
        long waiting = sixMonthFollowUpsDue(); // the queue's counts read the follow-ups kept as waiting (FollowUpsDue)
        long enrolment = leaverWithConsent(admin, "Nadia", last, today.minusMonths(9).plusDays(3));
        assertEquals(waiting + 1, sixMonthFollowUpsDue(), "the exit recorded is counted at once");

        browser.signedIn("coordinator").open("outcomes/queue.xhtml");
        new Select(browser.element("queue:timing")).selectByValue("SIX_MONTHS");
        browser.waitForPage();
        WebElement row = browser.driver().findElements(By.cssSelector("#queue\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(last)).findFirst()
                .orElseThrow(() -> new AssertionError("the leaver is in the queue: " + browser.text("queue:table")));
        row.findElement(By.cssSelector("a[id$='sendSurvey']")).click();
        browser.waitForPage();
        assertTrue(browser.pageText().contains("Le lien du questionnaire est parti pour Nadia " + last + " (SMS noté dans le journal"),
                browser.pageText());
        String link = browser.element("queue:link").getAttribute("value");
        assertTrue(link.contains("/survey.xhtml?t="), link);
        browser.assertAccessible();
        String path = link.substring(link.indexOf("survey.xhtml"));

        Browser phone = phone();
        try {
            phone.open(path);
            assertEquals("Votre situation aujourd’hui", phone.title());
            assertEquals("Bonjour Nadia,", phone.text("hello"));
            assertFalse(phone.pageText().contains(last), "nothing but the first name");
            phone.assertAccessible();
            assertEquals(Boolean.TRUE, phone.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "no sideways scrolling at 390 px");
            phone.submit("survey:send");
            assertTrue(phone.pageText().contains("Il manque des réponses"), phone.pageText());
            phone.assertAccessible();
            answer(phone, "EMPLOYED", 0);
            answer(phone, "CONTRACT", 1); // CDD de 6 mois ou plus
            answer(phone, "EDUCATION", 1);
            answer(phone, "QUALIFICATION", 0);
            answer(phone, "JOB_SEARCHING", 1);
            answer(phone, "BETTER", 0);
            phone.screenshot("survey-390");
            phone.submit("survey:send");
            assertTrue(phone.text("answered").startsWith("Merci !"), phone.pageText());
            phone.assertAccessible();

            JsonObject outcome = admin.get("api/outcomes?learnerId=" + admin.get("api/enrolments/" + enrolment).object()
                    .getJsonNumber("learnerId")).array().getJsonObject(0);
            assertEquals("SIX_MONTHS", outcome.getString("timing"));
            assertEquals("SURVEY", outcome.getString("source"));
            assertEquals("survey", outcome.getString("recordedBy"));
            assertEquals("FIXED_TERM_6M_PLUS", outcome.getString("contractType"));
            assertTrue(outcome.getBoolean("employed") && outcome.getBoolean("gainedQualification")
                    && outcome.getBoolean("betterSituation") && !outcome.getBoolean("jobSearching"), outcome.toString());
            assertEquals(waiting, sixMonthFollowUpsDue(), "the answer recorded leaves the queue's count at once");

            phone.open(path);
            assertTrue(phone.text("answered").contains("Ce lien a déjà servi"), phone.pageText());
            assertFalse(phone.isPresent("survey:send"));

            String otherLast = "Expire" + word;
            long other = leaverWithConsent(admin, "Yanis", otherLast, today.minusMonths(6));
            Api.Reply sent = Api.as(base, "coordinator").post("api/outcomes/surveys", "{\"enrolmentId\":" + other + "}");
            assertEquals(201, sent.status(), sent::toString);
            assertEquals("SMS_LOG", sent.object().getString("channels"));
            Api.Reply aged = Api.anonymous(base).post("test-statements/survey-aging?id=" + sent.object().getJsonNumber("id") + "&days=40",
                    "text/plain", new byte[0]);
            assertEquals(204, aged.status(), aged::toString);
            String expired = sent.object().getString("link");
            phone.open(expired.substring(expired.indexOf("survey.xhtml")));
            assertTrue(phone.text("expired").startsWith("Ce lien a expiré"), phone.pageText());
            phone.assertAccessible();
            phone.open("survey.xhtml?t=" + "x".repeat(43));
            assertTrue(phone.text("unknown").startsWith("Ce lien n’est pas valide"), phone.pageText());
        } finally {
            phone.close();
        }
        JsonObject synapse = Api.as(base, "coordinator").get("api/outcomes/surveys/rates").array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("programme").equals("Synapse")).findFirst().orElseThrow();
        assertTrue(synapse.getInt("invited") >= 2 && synapse.getInt("answered") >= 1, synapse.toString());
        browser.open("index.xhtml");
        assertTrue(browser.text("surveyRates").contains("Synapse : " + synapse.getInt("answered") + " réponse(s) sur "
                + synapse.getInt("invited")), browser.text("surveyRates"));
        browser.assertAccessible();
    }
}
