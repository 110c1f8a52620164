package org.tremplin.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tremplin.testing.Api;
import org.tremplin.testing.BrowserTest;

/** Logging in and out in the browser, for each demo role. */
class LoginIT extends BrowserTest {

    /** The menu entries (ids under nav:menu) each role must see, and must not see. */
    private static final Map<String, List<String>> MENU = Map.of(
            "admin", List.of("dashboard", "learners", "cohorts", "accounts", "programmes", "sites"),
            "coordinator", List.of("dashboard", "learners", "cohorts"),
            "trainer", List.of("dashboard", "learners"),
            "funder", List.of("dashboard"));
    /** The name each demo account goes by: the header shows the person, not the login name. */
    private static final Map<String, String> PERSON = Map.of("admin", "Camille Administratrice",
            "coordinator", "Nadia Coordinatrice", "trainer", "Julien Formateur", "funder", "Région Hauts-de-France");
    private static final List<String> ALL = List.of("dashboard", "learners", "cohorts", "accounts", "programmes", "sites");

    @Test
    void anonymousVisitorIsSentToAnAccessibleLoginPage() {
        browser.open("");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertEquals("Connexion", browser.title());
        assertEquals("Tremplin", browser.text("nav:brand"), "the product's name on the login page too");
        browser.assertAccessible();
    }

    @Test
    void eachRoleSeesItsOwnMenuAndDashboard() {
        for (var entry : MENU.entrySet()) {
            browser.logIn(entry.getKey());
            assertTrue(browser.path().startsWith("/index.xhtml"), entry.getKey() + " landed on " + browser.path());
            for (String item : ALL) {
                assertEquals(entry.getValue().contains(item), browser.isPresent("nav:" + item),
                        entry.getKey() + " menu entry " + item);
            }
            assertTrue(browser.text("nav:user").startsWith(PERSON.get(entry.getKey()) + " · "), browser.text("nav:user"));
            assertEquals("Tremplin", browser.text("nav:brand"));
            browser.assertAccessible();
            browser.submit("nav:logout");
        }
    }

    /** Below 1024 px the menu folds behind a button that says whether it is open; at 1280 px it is simply there. */
    @Test
    void onATabletTheMenuFoldsBehindAButton() {
        browser.logIn("coordinator");
        WebElement menu = browser.driver().findElement(By.id("nav:menu"));
        WebElement toggle = browser.driver().findElement(By.id("menuToggle"));
        assertTrue(menu.isDisplayed());
        assertFalse(toggle.isDisplayed(), "no fold on a wide screen");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        browser.waitForPage();
        assertFalse(menu.isDisplayed(), "folded at 768 px");
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertTrue(browser.element("nav:brand").getRect().getHeight() + browser.element("nav:brand").getRect().getY() < 90,
                "the header stays one short line");
        browser.assertAccessible();
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(menu.isDisplayed());
        browser.screenshot("menu-768-open");
        browser.assertAccessible();
        WebElement learners = browser.element("nav:learners");
        ("a".equals(learners.getTagName()) ? learners : learners.findElement(By.tagName("a"))).click();
        browser.waitForPage();
        assertEquals("Apprenants", browser.title());
        assertFalse(browser.driver().findElement(By.id("nav:menu")).isDisplayed(), "a new page starts folded");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        browser.logIn("coordinator", "not-the-password");
        String wrongPassword = browser.text("messages");
        assertTrue(wrongPassword.contains("Identifiant ou mot de passe incorrect"), wrongPassword);
        assertTrue(browser.path().startsWith("/login.xhtml"));
        browser.assertAccessible();
        browser.logIn("nobody-by-that-name", "not-the-password");
        assertEquals(wrongPassword, browser.text("messages"));
    }

    @Test
    void logoutEndsTheSession() {
        browser.logIn("trainer");
        browser.open("logout"); // a link (or another site's image) to the logout address does not log out
        assertTrue(browser.path().startsWith("/index.xhtml"), browser.path());
        browser.open("learners/list.xhtml");
        assertEquals("Apprenants", browser.title());
        browser.submit("nav:logout"); // a plain form: it posts to LogoutServlet
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertTrue(browser.isPresent("loggedOut"));
        browser.open("learners/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "after logout the list needs a login again");
        assertFalse(browser.pageText().contains("Apprenants\n"));
    }

    @Test
    void anAjaxRequestOutsideAFormNeverPostsTheLogoutForm() {
        // PrimeFaces sends an ajax request of a component outside any form with the page's first form: the
        // logout button's plain form comes last, after the page's own (the dashboard's absentee table has one)
        browser.signedIn("coordinator").open("index.xhtml");
        assertEquals("absenteesForm", browser.script("return document.forms[0].id"));
        assertEquals("nav:logoutForm", browser.script("return document.forms[document.forms.length - 1].id"));
        assertEquals("nav:logoutForm", browser.script("return document.getElementById('nav:logout').form.id"));
    }

    @Test
    void funderCannotOpenTheLearnerList() {
        browser.logIn("funder").open("learners/list.xhtml");
        assertEquals("Accès refusé", browser.title());
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        browser.logIn("admin");
        browser.click("nav:lang-en");
        assertEquals("Dashboard", browser.title());
        assertEquals("/index.xhtml", browser.path(), "the choice is taken and the address given back without it");
        browser.assertAccessible();
        browser.click("nav:lang-fr");
        assertEquals("Tableau de bord", browser.title());
        // a page with parameters stays the same page: a plain link that keeps them (a Faces postback lost them)
        browser.open("learners/list.xhtml?page=2");
        browser.click("nav:lang-en");
        assertEquals("Learners", browser.title());
        assertEquals("/learners/list.xhtml?page=2", browser.path());
        browser.click("nav:lang-fr");
        assertEquals("/learners/list.xhtml?page=2", browser.path());
        assertEquals("Apprenants", browser.title());
    }

    @Test
    void aTrainerCreatesATokenOnTheAccountPageUsesItAndRevokesIt() {
        browser.logIn("trainer");
        browser.submit("nav:tokens");
        assertTrue(browser.path().startsWith("/account/tokens.xhtml"), browser.path());
        assertEquals("Mes jetons d’accès", browser.title());
        assertFalse(browser.isPresent("token:name"), "no token before the password is typed again");
        browser.assertAccessible();

        browser.type("reauth:password", Api.DEMO_PASSWORD);
        browser.submit("reauth:confirm");
        String name = "Tableur " + Api.uniqueWord();
        browser.type("token:name", name);
        browser.pick("token:scope", "Lecture seule");
        browser.date("token:expiresOn", java.time.LocalDate.now().plusDays(400).toString());
        browser.submit("token:create");
        assertTrue(browser.text("token").contains("Expire le : un jeton vit au plus 366 jours"), browser.text("token"));
        assertFalse(browser.isPresent("secret"), "nothing created");

        browser.date("token:expiresOn", java.time.LocalDate.now().plusDays(30).toString());
        browser.submit("token:create");
        assertTrue(browser.text("messages").contains("Jeton « " + name + " » créé"), browser.text("messages"));
        String secret = browser.element("secret").getAttribute("value");
        assertTrue(secret.startsWith("trp_"), secret);
        browser.assertAccessible();

        Api tool = Api.bearer(base, secret);
        assertEquals(200, tool.get("api/learners?size=1").status(), "the token reads with the trainer's rights");
        assertEquals(403, tool.post("api/sites", "{\"name\":\"Nope\",\"commune\":\"Lille\"}").status(), "read only");

        browser.open("account/tokens.xhtml");
        assertFalse(browser.isPresent("secret"), "the secret is shown once only");
        WebElement row = row(name);
        assertTrue(row.getText().contains("Lecture seule") && row.getText().contains("Actif"), row.getText());
        assertFalse(row.getText().contains("Jamais utilisé"), "its use is recorded: " + row.getText());

        browser.submit(row.findElement(By.cssSelector("button[id$=':revoke']")).getAttribute("id"));
        assertTrue(browser.text("messages").contains("révoqué"), browser.text("messages"));
        assertTrue(row(name).getText().contains("Révoqué"), row(name).getText());
        assertEquals(401, tool.get("api/learners?size=1").status(), "a revoked token is refused at once");
    }

    private WebElement row(String tokenName) {
        return browser.driver().findElements(By.cssSelector("[id='list:tokens'] tbody tr")).stream()
                .filter(r -> r.getText().contains(tokenName)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + tokenName + " in " + browser.text("list:tokens")));
    }
}
