package org.tremplin.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.BrowserTest;

/** Logging in and out in the browser, for each demo role. */
class LoginIT extends BrowserTest {

    /** The menu entries (ids under nav:menu) each role must see, and must not see. */
    private static final Map<String, List<String>> MENU = Map.of(
            "admin", List.of("dashboard", "learners", "cohorts", "accounts", "programmes", "sites"),
            "coordinator", List.of("dashboard", "learners", "cohorts"),
            "trainer", List.of("dashboard", "learners"),
            "funder", List.of("dashboard"));
    private static final List<String> ALL = List.of("dashboard", "learners", "cohorts", "accounts", "programmes", "sites");

    @Test
    void anonymousVisitorIsSentToAnAccessibleLoginPage() {
        browser.open("");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertEquals("Connexion", browser.title());
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
            assertTrue(browser.text("nav:user").startsWith(entry.getKey()), browser.text("nav:user"));
            browser.assertAccessible();
            browser.submit("nav:logout");
        }
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
        browser.open("learners/list.xhtml");
        assertEquals("Apprenants", browser.title());
        browser.submit("nav:logout");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertTrue(browser.isPresent("loggedOut"));
        browser.open("learners/list.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "after logout the list needs a login again");
        assertFalse(browser.pageText().contains("Apprenants\n"));
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
        browser.assertAccessible();
        browser.click("nav:lang-fr");
        assertEquals("Tableau de bord", browser.title());
    }
}
