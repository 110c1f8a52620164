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
        browser = new Browser(base).logIn("funder");
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
                } else if (!link.contains("logout")) {
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
        browser = new Browser(base).logIn("coordinator").open("outcomes/queue.xhtml");
        browser.assertAccessible();
        new Select(browser.element("queue:timing")).selectByValue("SIX_MONTHS");
        browser.waitForPage();
        long before = Long.parseLong(browser.text("sixMonthsCount"));
        assertTrue(before > 0, "the demo leaves six-month follow-ups to make");
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

    @Test
    void anAdminSetsATargetAndSeesHowFarTheProgrammeIs() {
        long synapse = synapse();
        browser = new Browser(base).logIn("admin").open("reports/dashboard.xhtml?programme=" + synapse);
        browser.assertAccessible();
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
}
