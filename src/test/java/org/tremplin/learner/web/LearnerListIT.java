package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tremplin.testing.BrowserTest;

/** The learner list as a coordinator and a trainer use it: search, filter, page, sort; only their sites. */
class LearnerListIT extends BrowserTest {

    private static final String PAGE = "learners/list.xhtml";
    private static final String ROWS = "[id='learners:table_data'] > tr[data-ri]";
    private static final String LILLE = "Centre social Lille-Sud";
    private static final String ROUBAIX = "Médiathèque de Roubaix";
    private static final List<String> COORDINATOR_SITES = List.of(LILLE, ROUBAIX, "Atelier mobile Avesnois");
    private static final List<String> COLUMNS = List.of("Nom", "Prénom", "Date de naissance", "Lieu", "Fiche FSE+");
    private static final Pattern REPORT = Pattern.compile("Lignes (\\d+) à (\\d+) sur (\\d+)");
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH);

    WebDriverWait wait;

    @BeforeEach
    void start() {
        wait = browser.waiting(20);
    }

    @Test
    void coordinatorSeesAPagedListOfTheirSites() {
        browser.signedIn("coordinator").open(PAGE);
        assertEquals("Apprenants", browser.title());
        browser.assertAccessible();
        assertEquals(20, rows().size());
        int[] report = report();
        assertEquals(1, report[0]);
        assertEquals(20, report[1]);
        long all = Long.parseLong(org.tremplin.testing.Api.as(base, "admin").get("api/learners?size=1").header("X-Total-Count"));
        assertTrue(report[2] > 20 && report[2] < all, "the coordinator's sites hold part of the " + all + " learners: " + report[2]);
        for (List<String> row : table()) {
            assertTrue(COORDINATOR_SITES.contains(row.get(3)), "learner of another site: " + row);
        }
    }

    @Test
    void nameSearchNarrowsTheList() {
        browser.signedIn("coordinator").open(PAGE);
        int total = report()[2];
        browser.filter("learners:text", "Martin");
        wait.until(d -> report()[2] < total);
        List<List<String>> rows = table();
        assertFalse(rows.isEmpty(), "the demo data holds learners named Martin");
        for (List<String> row : rows) {
            assertTrue(fold(row.get(0) + " " + row.get(1)).contains("martin"), "not a Martin: " + row);
        }
        assertEquals(rows.size(), report()[2] <= 20 ? report()[2] : 20);
        browser.assertAccessible();

        browser.filter("learners:text", "zzzz-personne");
        wait.until(d -> rows().isEmpty());
        assertTrue(browser.text("learners:table").contains("Aucun élément."));
        browser.assertAccessible();
    }

    @Test
    void siteFilterNarrowsTheListToThatSite() {
        browser.signedIn("coordinator").open(PAGE);
        int total = report()[2];
        browser.choose("learners:site", ROUBAIX);
        wait.until(d -> report()[2] < total);
        List<List<String>> rows = table();
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            assertEquals(ROUBAIX, row.get(3), row.toString());
        }
        browser.assertAccessible();
        assertFalse(options("learners:site").contains("PopSchool Valenciennes"), "a site of others is not offered");
    }

    @Test
    void secondPageShowsOtherLearners() {
        browser.signedIn("coordinator").open(PAGE);
        List<List<String>> first = table();
        WebElement next = browser.driver().findElement(By.cssSelector("[id='learners:table'] .ui-paginator-next"));
        next.click();
        browser.waitForPage();
        wait.until(d -> report()[0] == 21);
        assertEquals(40, report()[1]);
        List<List<String>> second = table();
        assertEquals(20, second.size());
        for (List<String> row : second) {
            assertFalse(first.contains(row), "page 2 repeats a row of page 1: " + row);
        }
        browser.assertAccessible();

        browser.choose("learners:site", ROUBAIX);
        wait.until(d -> table().stream().allMatch(row -> ROUBAIX.equals(row.get(3))));
        assertEquals(1, report()[0], "a new filter starts again at the first page");
    }

    @Test
    void theCohortFilterFindsACohortByPartOfItsName() {
        browser.signedIn("coordinator").open(PAGE);
        int total = report()[2];
        browser.type("learners:cohort_input", "démarches");
        WebElement suggestion = wait.until(d -> d.findElements(By.cssSelector("[id='learners:cohort_panel'] li"))
                .stream().filter(li -> li.getText().contains("Lille-Sud — démarches en ligne")).findFirst().orElse(null));
        suggestion.click();
        browser.waitForPage();
        wait.until(d -> report()[2] < total);
        assertTrue(report()[2] > 0, "the demo cohort has members");
        assertTrue(table().stream().allMatch(row -> LILLE.equals(row.get(3))), "members of a Lille-Sud cohort");
        browser.assertAccessible();
    }

    @Test
    void aPageOfTheListOpensFromItsAddress() {
        browser.signedIn("coordinator").open(PAGE);
        List<List<String>> first = table();
        browser.open(PAGE + "?page=2");
        assertEquals(21, report()[0]);
        assertTrue(table().stream().noneMatch(first::contains), "page 2 shows other learners");
        browser.assertAccessible();
    }

    @Test
    void theCompletenessFilterShowsOnlyIncompleteRecords() {
        browser.signedIn("coordinator").open(PAGE);
        int all = report()[2];
        browser.choose("learners:esf", "Incomplète");
        wait.until(d -> report()[2] < all);
        assertTrue(table().stream().allMatch(row -> "Incomplète".equals(row.get(4))), "only incomplete rows");
        browser.assertAccessible();
    }

    @Test
    void sortingByBirthDateOrdersTheRows() {
        browser.signedIn("coordinator").open(PAGE);
        clickHeader("Date de naissance");
        wait.until(d -> isSorted(birthDates(), Comparator.naturalOrder()));
        List<LocalDate> ascending = birthDates();
        assertEquals(20, ascending.size());
        browser.assertAccessible();

        clickHeader("Date de naissance");
        wait.until(d -> isSorted(birthDates(), Comparator.reverseOrder()));
        List<LocalDate> descending = birthDates();
        assertTrue(descending.get(0).isAfter(ascending.get(19)), "descending starts with the youngest");
        assertNotEquals(ascending, descending);
    }

    @Test
    void trainerSeesLilleSudLearnersOnly() {
        browser.signedIn("trainer").open(PAGE);
        assertEquals("Apprenants", browser.title());
        browser.assertAccessible();
        long coordinators = Long.parseLong(org.tremplin.testing.Api.as(base, "coordinator").get("api/learners?size=1").header("X-Total-Count"));
        assertTrue(report()[2] < coordinators, "Lille-Sud is one of the coordinator's three sites: " + report()[2]);
        List<List<String>> rows = table();
        assertEquals(20, rows.size());
        for (List<String> row : rows) {
            assertEquals(LILLE, row.get(3), row.toString());
        }
        clickHeader("Lieu");
        clickHeader("Lieu");
        for (List<String> row : table()) {
            assertEquals(LILLE, row.get(3), row.toString());
        }
        assertEquals(List.of(LILLE), options("learners:site").subList(1, options("learners:site").size()),
                "the trainer can filter on their own site only");
    }

    @Test
    void theListNeverShowsSensitiveCharacteristics() {
        for (String user : List.of("coordinator", "trainer")) {
            browser.signedIn(user).open(PAGE);
            List<String> headers = headers();
            assertTrue(headers.containsAll(COLUMNS), user + " sees " + headers);
            String text = fold(String.join(" ", headers) + " " + browser.text("learners:table"));
            for (String sensitive : List.of("handicap", "ressortissant", "origine", "minorite", "sans domicile",
                    "mal loge", "rural", "quartier prioritaire")) {
                assertFalse(text.contains(sensitive), user + " sees " + sensitive);
            }
            browser.click("nav:logout");
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector(ROWS));
    }

    /** The cells' text of each row; read again when an ajax update replaces the rows meanwhile. */
    private List<List<String>> table() {
        for (int attempt = 0; ; attempt++) {
            try {
                List<List<String>> table = new ArrayList<>();
                for (WebElement row : rows()) {
                    table.add(row.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList());
                }
                return table;
            } catch (StaleElementReferenceException e) {
                if (attempt > 5) {
                    throw e;
                }
                browser.waitForPage();
            }
        }
    }

    private List<String> headers() {
        return browser.driver().findElements(By.cssSelector("[id='learners:table'] thead th")).stream()
                .map(th -> th.getText().trim()).toList();
    }

    /** first row, last row, total from "Lignes 1 à 20 sur 133". */
    private int[] report() {
        String text = browser.driver().findElement(By.cssSelector("[id='learners:table'] .ui-paginator-current")).getText();
        Matcher m = REPORT.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no page report: " + text);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private List<LocalDate> birthDates() {
        return table().stream().map(row -> LocalDate.parse(row.get(2), MEDIUM)).toList();
    }

    private static boolean isSorted(List<LocalDate> dates, Comparator<LocalDate> order) {
        for (int i = 1; i < dates.size(); i++) {
            if (order.compare(dates.get(i - 1), dates.get(i)) > 0) {
                return false;
            }
        }
        return !dates.isEmpty();
    }

    private void clickHeader(String text) {
        browser.driver().findElement(By.xpath(
                "//*[@id='learners:table']//th//span[contains(@class,'ui-column-title')][normalize-space()='" + text + "']")).click();
        browser.waitForPage();
    }


    private List<String> options(String menuId) {
        return browser.driver().findElements(By.cssSelector("select[id='" + menuId + "'] option")).stream()
                .map(o -> o.getAttribute("textContent").trim()).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
