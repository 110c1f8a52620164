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
    private static final String ROWS = "[id='learners:table_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String LILLE = "Centre social Lille-Sud";
    private static final String ROUBAIX = "Médiathèque de Roubaix";
    private static final List<String> COORDINATOR_SITES = List.of(LILLE, ROUBAIX, "Atelier mobile Avesnois");
    private static final List<String> COLUMNS = List.of("Nom", "Prénom", "Date de naissance", "Lieu", "Fiche FSE+");
    /** The pager's "Lignes 1 à 20 sur 133" (numbers grouped by thousands in French: "1 234"). */
    private static final Pattern REPORT = Pattern.compile("Lignes ([\\d\\s\u202f\u00a0]+) à ([\\d\\s\u202f\u00a0]+) sur ([\\d\\s\u202f\u00a0]+)");
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
        browser.reloading(next::click);
        assertEquals(21, report()[0]);
        assertTrue(browser.path().contains("page=2"), "the page is in the address: " + browser.path());
        assertEquals(40, report()[1]);
        List<List<String>> second = table();
        assertEquals(20, second.size());
        for (List<String> row : second) {
            assertFalse(first.contains(row), "page 2 repeats a row of page 1: " + row);
        }
        browser.assertAccessible();

        browser.choose("learners:site", ROUBAIX);
        assertTrue(table().stream().allMatch(row -> ROUBAIX.equals(row.get(3))), table().toString());
        assertEquals(1, report()[0], "a new filter starts again at the first page");
    }

    @Test
    void theCohortFilterOffersTheChosenProgrammesCohorts() {
        browser.signedIn("coordinator").open(PAGE);
        int total = report()[2];
        assertFalse(browser.element("learners:cohort").isEnabled(), "no cohort to choose before a programme");
        browser.choose("learners:programme", "Synapse");
        assertTrue(browser.element("learners:cohort").isEnabled());
        String cohort = options("learners:cohort").stream().filter(o -> o.contains("Lille-Sud — démarches en ligne"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo cohort is offered: " + options("learners:cohort")));
        browser.choose("learners:cohort", cohort);
        assertTrue(report()[2] > 0 && report()[2] < total, "the demo cohort has some of the learners: " + report()[2]);
        assertTrue(table().stream().allMatch(row -> LILLE.equals(row.get(3))), "members of a Lille-Sud cohort");
        browser.assertAccessible();

        // another programme: its cohorts, and the list no longer narrowed to a cohort of the first
        browser.choose("learners:programme", "PopSchool");
        assertFalse(options("learners:cohort").contains(cohort));
        assertEquals("Tous", new org.openqa.selenium.support.ui.Select(browser.element("learners:cohort")).getFirstSelectedOption().getText().strip());
    }

    @Test
    void aFilteredListHasItsOwnAddressThatGivesTheSameListAgain() {
        browser.signedIn("coordinator").open(PAGE);
        browser.choose("learners:site", ROUBAIX);
        assertEquals("learners:site", browser.script("return document.activeElement.id"),
                "the drop-down keeps the focus on the page that comes back");
        browser.choose("learners:esf", "Incomplète");
        clickHeader("Prénom");
        String address = browser.path();
        assertTrue(address.contains("site=") && address.contains("esf=false") && address.contains("sort=firstName"), address);
        List<List<String>> shown = table();
        int total = report()[2];

        browser.open(PAGE); // another visit, then the address kept (a bookmark, a colleague's link)
        browser.open(address.substring(1));
        assertEquals(shown, table());
        assertEquals(total, report()[2]);
        assertEquals(ROUBAIX, new org.openqa.selenium.support.ui.Select(browser.element("learners:site")).getFirstSelectedOption().getText().strip());

        browser.reloading(() -> browser.element("learners:reset").click());
        assertTrue(report()[2] > total, "every learner of the coordinator's sites again");
    }

    @Test
    void anAddressThatCannotBeReadShowsTheListWithAMessage() {
        browser.signedIn("coordinator").open(PAGE);
        int total = report()[2];
        browser.open(PAGE + "?site=Roubaix&page=0&sort=age&esf=peut-etre");
        String warning = browser.text("learners:unreadable");
        for (String name : List.of("site", "page", "sort", "esf")) {
            assertTrue(warning.contains(name), warning);
        }
        assertEquals(total, report()[2], "shown without the filters it could not read");
        browser.assertAccessible();

        browser.open(PAGE + "?page=100000");
        assertEquals(total, report()[2], "a page past the last shows the last");
        assertEquals(total, report()[1]);
        assertFalse(browser.isPresent("learners:unreadable"));
    }

    @Test
    void aPageHoldsTheRowsChosenAndItsLinksKeepThatSize() {
        browser.signedIn("coordinator").open(PAGE);
        browser.choose("learners:rows", "50");
        assertEquals(50, rows().size());
        assertEquals(50, report()[1]);
        WebElement next = browser.driver().findElement(By.cssSelector("[id='learners:table'] .ui-paginator-next"));
        browser.reloading(next::click);
        assertEquals(51, report()[0]);
        assertTrue(browser.path().contains("rows=50"), browser.path());
    }

    @Test
    void aPageOfTheListOpensFromItsAddress() {
        browser.signedIn("coordinator").open(PAGE);
        List<List<String>> first = table();
        browser.open(PAGE + "?page=2");
        assertEquals(21, report()[0]);
        assertEquals("page", browser.driver().findElement(By.cssSelector("[id='learners:table'] .ui-paginator-page.ui-state-active"))
                .getAttribute("aria-current"));
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
        assertTrue(isSorted(birthDates(), Comparator.naturalOrder()), birthDates().toString());
        assertEquals("ascending", header("Date de naissance").getAttribute("aria-sort"));
        List<LocalDate> ascending = birthDates();
        assertEquals(20, ascending.size());
        browser.assertAccessible();

        clickHeader("Date de naissance");
        assertTrue(isSorted(birthDates(), Comparator.reverseOrder()), birthDates().toString());
        assertEquals("descending", header("Date de naissance").getAttribute("aria-sort"));
        assertEquals("none", header("Nom").getAttribute("aria-sort"));
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
            browser.submit("nav:logout");
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
        return new int[] {number(m.group(1)), number(m.group(2)), number(m.group(3))};
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

    private static int number(String digits) {
        return Integer.parseInt(digits.replaceAll("\\D", ""));
    }

    /** Orders the list by a column: its header is a link to the list in that order. */
    private void clickHeader(String text) {
        browser.reloading(() -> browser.driver().findElement(By.xpath(
                "//*[@id='learners:table']//th//span[contains(@class,'ui-column-title')][normalize-space()='" + text + "']")).click());
    }

    private WebElement header(String text) {
        return browser.driver().findElement(By.xpath(
                "//*[@id='learners:table']//th[.//span[contains(@class,'ui-column-title')][normalize-space()='" + text + "']]"));
    }


    private List<String> options(String menuId) {
        return browser.driver().findElements(By.cssSelector("select[id='" + menuId + "'] option")).stream()
                .map(o -> o.getAttribute("textContent").trim()).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
