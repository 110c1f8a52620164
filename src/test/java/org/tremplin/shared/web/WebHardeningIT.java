package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.Api;
import org.tremplin.testing.Browser;
import org.tremplin.testing.FormClient.Page;
import org.tremplin.testing.FormClient;
import org.tremplin.testing.SharedApp;

/**
 * The hardening headers on pages, API answers and downloads; static resources stay cacheable; pages
 * run only the scripts they carry a nonce for; a post with a missing or forged view state runs nothing.
 */
class WebHardeningIT {

    static final String DIRECTIVES = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; ";
    static final Pattern PAGE_SCRIPTS = Pattern.compile("script-src 'self' 'report-sample' 'nonce-([A-Za-z0-9+/=]{16,})'");


    final URL base = SharedApp.url();

    @Test
    void pagesApiAnswersAndErrorsCarryTheHardeningHeaders() {
        Api admin = Api.as(base, "admin");
        // the redirect of "/" to the login page and the API's 401 are written by the authentication mechanism,
        // before any filter runs: they carry the headers too
        for (Reply r : List.of(Api.anonymous(base).get("login.xhtml"), admin.get("api/programmes"),
                admin.get("api/learners/999999999"), admin.get("api/reports/esf?programme=abc"),
                Api.anonymous(base).get(""), Api.anonymous(base).get("learners/list.xhtml"),
                Api.anonymous(base).get("api/learners"))) {
            String what = r.raw().uri() + " " + r.status();
            assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
            assertEquals("DENY", r.header("X-Frame-Options"), what);
            assertEquals("same-origin", r.header("Referrer-Policy"), what);
            assertEquals(1, r.raw().headers().allValues("Content-Security-Policy").size(), what);
            assertTrue(r.header("Content-Security-Policy").startsWith(DIRECTIVES + "script-src 'self'"), what);
            assertEquals("no-store", r.header("Cache-Control"), what);
            assertTrue(r.raw().headers().firstValue("Server").isEmpty(), what + ": no server name or version");
            assertTrue(r.raw().headers().firstValue("X-Powered-By").isEmpty(), what + ": no framework name either");
        }
        assertEquals(DIRECTIVES + "script-src 'self'", admin.get("api/programmes").header("Content-Security-Policy"),
                "no page, no nonce: scripts from this origin only");
    }

    /**
     * The start-up warm-up (StartupWarmUp) asked every main page as its caller of no site, and each answered; it built
     * every other view of the app (WarmUpViews), an admin's pages too, used their date and number formats in each
     * language, and ran the lists' reads (WarmingUp); its way
     * in is closed to anyone without its secret, whatever they send in its header.
     */
    @Test
    void theStartUpWarmUpRanAndItsWayInIsClosedToOthers() throws Exception {
        Path log = SharedApp.log();
        String line = warmUpLine(log, "pages asked");
        assertNotNull(line, "the warm-up's line in " + log);
        assertTrue(line.contains("each answered 200"), line);
        String views = warmUpLine(log, "views ");
        long others;
        try (var files = Files.walk(Path.of("webapp"))) {
            others = files.map(f -> "/" + Path.of("webapp").relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".xhtml") && !f.startsWith("/WEB-INF/") && !f.startsWith("/resources/"))
                    .filter(f -> !StartupWarmUp.PAGES.contains(f.substring(1))).count();
        }
        assertTrue(others > 30 && views != null && views.contains(": " + others + " views built in "),
                "every other view built, " + others + " of them: " + views);
        // the dates and numbers of those views formatted once in each language (WarmUpViews.Formats)
        String formats = warmUpLine(log, "date and number formats used");
        Matcher used = formats == null ? null
                : Pattern.compile(": (\\d+) date and number formats used in (\\d+) languages \\((\\d+)\\)").matcher(formats);
        assertTrue(used != null && used.find() && Integer.parseInt(used.group(1)) >= 5 && used.group(2).equals("2")
                && Integer.parseInt(used.group(3)) == 2 * Integer.parseInt(used.group(1)),
                "the pages' date and number formats, each used in French and English: " + formats);
        // and what the lists read for a caller who sees someone, run once in the app (WarmingUp)
        assertNotNull(warmUpLine(log, "the main pages' reads run in "), "the warm-up's reads in " + log);
        assertTrue(Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().noneMatch(l -> l.contains("reads failed")),
                "the warm-up's reads failed: " + log);
        for (String guess : List.of("", "x", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Api.uniqueWord())) {
            Reply r = Api.anonymous(base).getWithHeader("learners/list.xhtml", "X-Tremplin-Warm-Up", guess);
            assertTrue(r.status() == 302 || r.status() == 303, "header '" + guess + "': " + r);
            assertTrue(r.header("Location").endsWith("/login.xhtml"), r::toString);
        }
    }

    /** The shared app's log line of the start-up warm-up that holds these words, waited for up to two minutes. */
    private static String warmUpLine(Path log, String words) throws Exception {
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); System.nanoTime() < end;) {
            String line = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.contains("Start-up warm-up: ") && l.contains(words)).findFirst().orElse(null);
            if (line != null) {
                return line;
            }
            Thread.sleep(200);
        }
        return null;
    }

    @Test
    void staticResourcesMayBeCached() {
        Reply css = Api.anonymous(base).get("jakarta.faces.resource/css/tremplin.css.xhtml");
        assertEquals(200, css.status(), css::toString);
        assertEquals("nosniff", css.header("X-Content-Type-Options"));
        assertNotEquals("no-store", css.header("Cache-Control"));
        Api.File icon = Api.anonymous(base).download("favicon.ico", "image/*");
        assertEquals(200, icon.status(), "the favicon every page asks for");
        assertTrue(icon.contentType().startsWith("image/") && icon.bytes().length > 1000, icon.contentType());
    }

    @Test
    void pagesRunOnlyTheScriptsTheyCarryTheirNonceFor() {
        FormClient admin = FormClient.logIn(base, "admin");
        List<Page> pages = List.of(FormClient.anonymous(base).get("login.xhtml"), admin.get("index.xhtml"),
                admin.get("learners/list.xhtml"), admin.get("learners/intake.xhtml"), admin.get("equipment/lend.xhtml"),
                admin.get("training/sessions.xhtml"), admin.get("reports/dashboard.xhtml"), admin.get("reports/esf.xhtml"),
                admin.get("admin/accounts.xhtml"), admin.get("learners/view.xhtml?id=999999999"));
        String previous = null;
        for (Page page : pages) {
            List<String> policies = page.headers("Content-Security-Policy");
            assertEquals(1, policies.size(), page + ": one policy " + policies);
            String policy = policies.get(0);
            assertTrue(policy.startsWith(DIRECTIVES), page + ": " + policy);
            Matcher scripts = PAGE_SCRIPTS.matcher(policy);
            assertTrue(scripts.find(), page + ": script-src with a nonce: " + policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("unsafe-hashes"),
                    page + ": " + policy);
            String nonce = scripts.group(1);
            assertNotEquals(previous, nonce, "a nonce per page");
            previous = nonce;

            String html = page.body();
            Matcher tags = Pattern.compile("<script\\b[^>]*>").matcher(html);
            int count = 0;
            while (tags.find()) {
                count++;
                assertTrue(tags.group().contains("nonce=\"" + nonce + "\""), page + ": a script without the nonce: " + tags.group());
            }
            assertTrue(count > 0, page + " has PrimeFaces' scripts");
            Matcher handler = Pattern.compile("<[^>]*\\son[a-z]+\\s*=[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
            assertFalse(handler.find(), () -> page + ": an inline event handler: " + handler.group());
            assertFalse(html.contains("javascript:"), page + ": a javascript: URL");
        }
        assertEquals(404, pages.get(pages.size() - 1).status(), "the error page too");
    }

    /**
     * A page's address is read by its view parameters (OmniFaces' o:viewParam, typed): one that cannot be read, or
     * that lacks a required id, is a 404 with the app's page, never a 500 or a report of other dates.
     */
    @Test
    void addressesThatCannotBeReadAnswer404() {
        FormClient admin = FormClient.logIn(base, "admin");
        for (String address : List.of("learners/view.xhtml", "learners/view.xhtml?id=abc", "cohorts/view.xhtml?id=1x",
                "reports/esf.xhtml?programme=abc", "reports/esf.xhtml?from=2026-02-30", "reports/dashboard.xhtml?to=31/12/2026",
                "reports/people.xhtml?programme=999999999&code=EECO01", "training/register.xhtml?id=")) {
            Page page = admin.get(address);
            assertEquals(404, page.status(), address + ": " + page);
            assertTrue(page.body().contains("id=\"explanation\""), address + ": the app's error page");
        }
        Page year = admin.get("reports/esf.xhtml?from=2026-01-01&to=2026-12-31");
        assertEquals(200, year.status(), year::toString);
        assertTrue(year.body().contains("2026-01-01"), "the period of the address is the report's");
    }

    @Test
    void theBrowserTestsSeeAScriptThePolicyRefused() {
        try (Browser browser = new Browser(base)) {
            browser.signedIn("coordinator").open("learners/list.xhtml");
            browser.assertNoCspViolation();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("var s = document.createElement('script'); s.textContent = 'window.__pwned = 1';"
                    + " document.body.appendChild(s);"
                    + " var i = document.createElement('img'); i.setAttribute('onerror', 'window.__pwned = 2'); i.src = 'x';"
                    + " document.body.appendChild(i);");
            // (the watch keeps its reports in the tab's session storage: wait for the image's handler to be refused)
            browser.waiting(10).until(d -> String.valueOf(
                    js.executeScript("return sessionStorage.getItem('tremplin.csp')")).contains("window.__pwned = 2"));
            assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
            AssertionError refused = assertThrows(AssertionError.class, browser::assertNoCspViolation);
            assertTrue(refused.getMessage().contains("script-src"), refused.getMessage());
            assertTrue(refused.getMessage().contains("\"window.__pwned = 1\""), "the report shows the refused code: " + refused.getMessage());
            assertTrue(refused.getMessage().contains("script-src-attr"), "and the refused handler: " + refused.getMessage());
            browser.assertNoCspViolation(); // reported once
        }
    }

    /** The axe check runs label-content-name-mismatch too: a button whose name hides its visible text fails it. */
    @Test
    void theAccessibilityCheckHearsWhatTheButtonShows() {
        try (Browser browser = new Browser(base)) {
            browser.signedIn("coordinator").open("index.xhtml");
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript("var b = document.createElement('button');"
                    + " b.type = 'button'; b.setAttribute('aria-label', 'Calendrier'); b.textContent = 'Choisir une date';"
                    + " document.querySelector('main').appendChild(b);");
            AssertionError heard = assertThrows(AssertionError.class, browser::assertAccessible);
            assertTrue(heard.getMessage().contains("label-content-name-mismatch"), heard.getMessage());
        }
    }

    @Test
    void aPostWithAMissingOrForgedViewStateChangesNothing() {
        Api api = Api.as(base, "coordinator");
        String lille = String.valueOf(api.get("api/sites").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue());
        FormClient coordinator = FormClient.logIn(base, "coordinator");

        // the intake form, saved as a draft with its real view state, records the learner
        String real = "Etat" + Api.uniqueWord();
        Page saved = coordinator.post("learners/intake.xhtml", draft(coordinator, lille, real, Map.of()));
        assertEquals("/learners/view.xhtml", saved.path(), saved::toString);
        assertEquals(1, learnersNamed(api, real));

        // the same post without its view state is no postback: a fresh form, nothing run
        String missing = "Sans" + Api.uniqueWord();
        Map<String, String> noState = draft(coordinator, lille, missing, Map.of());
        noState.remove("jakarta.faces.ViewState");
        Page blank = coordinator.post("learners/intake.xhtml", noState);
        assertEquals(200, blank.status(), blank::toString);
        assertEquals("Nouvel apprenant", blank.title());
        assertFalse(blank.body().contains(missing), "the form is not even filled");
        assertEquals(0, learnersNamed(api, missing));

        // a forged view state (with the page's nonce, or without as a forger would) leads to the expired page
        for (boolean withNonce : List.of(true, false)) {
            String forged = "Faux" + Api.uniqueWord();
            Map<String, String> fields = draft(coordinator, lille, forged, Map.of("jakarta.faces.ViewState", Api.uniqueWord() + ":" + Api.uniqueWord()));
            if (!withNonce) {
                fields.remove("primefaces.nonce");
            }
            Page expired = coordinator.post("learners/intake.xhtml", fields);
            assertEquals(200, expired.status(), expired::toString);
            assertEquals("/error/expired.xhtml", expired.path(), expired::toString);
            assertEquals("Session expirée", expired.title());
            assertFalse(expired.body().contains("Exception") || expired.body().contains("at org."), expired.body());
            assertEquals(0, learnersNamed(api, forged), "nothing stored (nonce sent: " + withNonce + ")");
        }
    }

    /** The intake form's first step filled in, saved as a draft; {@code changes} replace hidden fields. */
    private static Map<String, String> draft(FormClient client, String site, String lastName, Map<String, String> changes) {
        Map<String, String> fields = client.get("learners/intake.xhtml").form("intake");
        assertNotNull(fields.get("primefaces.nonce"));
        fields.put("intake:site_input", site);
        fields.put("intake:lastName", lastName);
        fields.put("intake:firstName", "Vue");
        fields.put("intake:draft", "");
        fields.putAll(changes);
        return fields;
    }

    private static int learnersNamed(Api api, String lastName) {
        return Integer.parseInt(api.get("api/learners?q=" + lastName).header("X-Total-Count"));
    }
}
