package org.tremplin.testing;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through Debian's chromedriver (explicit paths: Selenium Manager
 * never runs, nothing is downloaded). Helpers to use the app as a person would, an axe-core check
 * that fails on any serious or critical violation, and a Content-Security-Policy watch: every page
 * records the violations it reports ({@code securitypolicyviolation} events, kept in the tab's session
 * storage across pages) and the next wait for a page, accessibility check or end of test fails on them.
 * <p>
 * Starting Chromium costs about two seconds (more on a loaded machine), so a closed browser is kept for the next test
 * of the run in the same language: its cookies, storage, service workers and cache for the app are cleared and it
 * gets a fresh tab (new session storage, network conditions and DevTools settings), as a new browser would have.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URL base;
    private final Path profile;
    private final String language;
    private final WebDriverWait wait;

    /** How often a wait looks again (see {@link #waiting}). */
    private static final Duration POLL = Duration.ofMillis(50);

    /** axe-core's script, as the axe-core Selenium library ships it: read at the first check. */
    private static final class AxeScript {
        static final String SOURCE = read();

        private static String read() {
            try {
                return new EmbeddedResourceAxeProvider().getScript();
            } catch (Exception e) {
                throw new IllegalStateException("axe.min.js not found in the axe-core Selenium library", e);
            }
        }
    }

    /** A Chromium with its profile folder, between two tests. */
    private record Idle(ChromeDriver driver, Path profile) {
    }

    /** The browsers closed by earlier tests of this run, by language; quit when the run ends. */
    private static final Map<String, Deque<Idle>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.values().forEach(idle -> idle.forEach(i -> quit(i.driver(), i.profile())));
                IDLE.clear();
            }
        }));
    }

    /** Runs in every document before its own scripts: notes each CSP violation the page reports. */
    private static final String CSP_WATCH = """
            document.addEventListener('securitypolicyviolation', function (e) {
              try {
                var seen = JSON.parse(sessionStorage.getItem('tremplin.csp') || '[]');
                seen.push(location.pathname + location.search + ': ' + e.effectiveDirective + ' refused '
                    + (e.blockedURI || '?') + (e.sample ? ' "' + e.sample + '"' : '')
                    + ' (' + (e.sourceFile ? e.sourceFile + ':' : 'line ') + e.lineNumber + ')');
                sessionStorage.setItem('tremplin.csp', JSON.stringify(seen));
              } catch (ignored) { }
            });
            """;

    public Browser(URL base) {
        this(base, "fr-FR");
    }

    public Browser(URL base, String language) {
        this.base = base;
        this.language = language;
        Idle idle;
        synchronized (IDLE) {
            idle = IDLE.getOrDefault(language, new ArrayDeque<>()).poll();
        }
        if (idle != null) {
            driver = idle.driver();
            profile = idle.profile();
        } else {
            try {
                profile = Files.createTempDirectory("tremplin-chromium");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            driver = start(language, profile);
        }
        prepareTab();
        wait = waiting(20);
    }

    private static ChromeDriver start(String language, Path profile) {
        String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000", "--lang=" + language,
                "--accept-lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** What the DevTools protocol sets per tab: the language header and the CSP watch. */
    private void prepareTab() {
        // headless Chromium ignores --lang for Accept-Language: set the header itself
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", language + "," + language.substring(0, 2) + ";q=0.9")));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_WATCH));
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait of at most {@code seconds} that looks again every 50 ms. Selenium's own looks every half second, so
     * each wait whose condition was not met at once (an Ajax answer, a page on its way) lost up to 500 ms.
     */
    public WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL);
        // a condition that reads an element an Ajax update replaces meanwhile is looked at again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Cuts the network of the page (false) or gives it back (true), through the DevTools protocol. */
    public Browser network(boolean on) {
        ((ChromeDriver) driver).executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /** Runs a script in the page; a promise it returns is waited for. */
    public Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** Waits until a script (its result, or the promise it returns) gives true. */
    public void waitUntilScript(String js) {
        wait.until(d -> Boolean.TRUE.equals(script(js)));
    }

    /** Waits until the page that held an element has gone (a reload or another page), then for the new one. */
    public void waitUntilGone(WebElement element) {
        wait.until(d -> {
            try {
                return ExpectedConditions.stalenessOf(element).apply(d);
            } catch (WebDriverException navigating) {
                return true;
            }
        });
        waitForPage();
    }

    /** Opens a page of the app, e.g. {@code open("learners/list.xhtml")}. */
    public Browser open(String path) {
        driver.get(base + path);
        waitForPage();
        return this;
    }

    public void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        // no ajax request queued or in flight (the PrimeFaces queue empties before the response is applied)
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (typeof jQuery === 'undefined' || jQuery.active === 0)"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
        assertNoCspViolation();
    }

    /**
     * Fails if a page shown since the last check reported a Content-Security-Policy violation: a script,
     * inline handler or eval the policy refused (a screen that would not work, or injected markup).
     */
    public void assertNoCspViolation() {
        Object seen = ((JavascriptExecutor) driver).executeScript(
                "try { var v = sessionStorage.getItem('tremplin.csp'); sessionStorage.removeItem('tremplin.csp'); return v; }"
                        + " catch (e) { return null; }");
        if (seen != null) {
            screenshot("csp-" + path().replaceAll("[^a-zA-Z0-9]", "_"));
            List<String> violations = Json.createReader(new StringReader(seen.toString())).readArray()
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            throw new AssertionError("Content-Security-Policy violations:\n- " + String.join("\n- ", violations));
        }
    }

    /** Logs in through the login page, as a person would. */
    public Browser logIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        submit("login:submit");
        return this;
    }

    public Browser logIn(String username) {
        return logIn(username, Api.DEMO_PASSWORD);
    }

    /**
     * This browser logged in as a demo account without going through the login page: the session is opened over
     * HTTP by the login form ({@link FormClient#logIn}) and its cookies are handed to the browser, which opens no
     * page. For the tests about a page behind the login; the login page itself is {@code LoginIT}'s. It saves the
     * browser the login page, the typing and the dashboard, about 1.7 s of each test.
     */
    public Browser signedIn(String username) {
        if (!language.startsWith("fr")) {
            throw new IllegalStateException("the session is opened in French: log in through the form in " + language);
        }
        for (HttpCookie cookie : FormClient.logIn(base, username).cookies()) {
            driver.executeCdpCommand("Network.setCookie", Map.of("url", base.toString(), "name", cookie.getName(),
                    "value", cookie.getValue(), "path", cookie.getPath() == null ? "/" : cookie.getPath(),
                    "httpOnly", cookie.isHttpOnly(), "sameSite", "Lax"));
        }
        return this;
    }

    public Browser type(String id, String text) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Types into a filter field that asks the server as one types (keyup, with a delay), and waits until the answer
     * to the whole text is shown. Typing slower than the delay sends the text's beginnings too, and an answer to one
     * of them could otherwise be taken for the last (then replaced while the test reads it).
     */
    public Browser filter(String id, String text) {
        if (inPlainFilterForm(element(id))) { // a GET form (the learner list): Enter asks for the page again
            type(id, text);
            reloading(() -> element(id).sendKeys(Keys.ENTER));
            return this;
        }
        ((JavascriptExecutor) driver).executeScript("""
                if (!window.tremplinAjaxSent) {
                  // the filters' requests are not global (no pfAjaxComplete): note each one's data once its
                  // answer is applied (after every callback PrimeFaces chained to the request)
                  window.tremplinAjaxSent = [];
                  var ajax = jQuery.ajax;
                  jQuery.ajax = function (settings) {
                    var data = String(settings && settings.data);
                    return ajax.apply(this, arguments).always(function () {
                      setTimeout(function () { window.tremplinAjaxSent.push(data); }, 0);
                    });
                  };
                }
                window.tremplinAjaxSent.length = 0;""");
        type(id, text);
        // an answered request carried the whole text (the field as PrimeFaces sends it: jQuery.param)
        waiting(20).withMessage(() -> "no answered request sent " + id + "=" + text + "; requests answered: "
                + ((JavascriptExecutor) driver).executeScript("return window.tremplinAjaxSent"))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                var field = '&' + jQuery.param([{name: arguments[0], value: arguments[1]}]) + '&';
                return window.tremplinAjaxSent.some(function (data) { return ('&' + data + '&').indexOf(field) >= 0; });""",
                id, text)));
        waitForPage();
        return this;
    }

    public Browser click(String id) {
        element(id).click();
        waitForPage();
        return this;
    }

    /** Picks an option of a p:selectOneMenu, or of a native select, by its visible label. */
    public Browser choose(String id, String label) {
        WebElement menu = element(id);
        String chosen;
        if ("select".equals(menu.getTagName())) {
            if (inPlainFilterForm(menu)) { // the choice asks for the page again (js/filters.js)
                reloading(() -> new Select(menu).selectByVisibleText(label));
            } else {
                new Select(menu).selectByVisibleText(label); // fires change, as a person's choice does
                waitForPage();
            }
            chosen = new Select(element(id)).getFirstSelectedOption().getText().strip();
        } else {
            menu.click();
            // the panel fades in: click its item once it stands still, as a person would
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "var p = jQuery(document.getElementById(arguments[0] + '_panel'));"
                            + "return p.is(':visible') && !p.is(':animated') && p.css('opacity') == '1';", id)));
            WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                    "#" + css(id) + "_items li[data-label=\"" + label + "\"]")));
            item.click();
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !jQuery(document.getElementById(arguments[0] + '_panel')).is(':visible');", id)));
            waitForPage();
            chosen = driver.findElement(By.id(id + "_label")).getText().strip();
        }
        if (!chosen.equals(label)) {
            throw new AssertionError(id + " shows \"" + chosen + "\" after choosing \"" + label + "\"");
        }
        return this;
    }

    /** Opens the tab of a p:tabView by its title. */
    public Browser tab(String title) {
        // only the tab headers: the menu may hold a link of the same name ("Prêts")
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space(.)='" + title + "']"))).click();
        waitForPage();
        return this;
    }

    /** Picks a radio button of a p:selectOneRadio by its label. */
    public Browser pick(String id, String label) {
        driver.findElements(By.cssSelector("#" + css(id) + " label")).stream()
                .filter(l -> l.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + id)).click();
        waitForPage();
        return this;
    }

    /** Ticks or unticks a p:selectBooleanCheckbox, or a native check box (h:selectBooleanCheckbox). */
    public Browser tick(String id, boolean on) {
        List<WebElement> own = driver.findElements(By.cssSelector("input[type=checkbox][id='" + id + "']"));
        WebElement input = own.isEmpty() ? driver.findElement(By.id(id + "_input")) : own.get(0);
        if (input.isSelected() != on && !own.isEmpty() && inPlainFilterForm(input)) {
            reloading(input::click); // the box asks for the page again (js/filters.js)
        } else if (input.isSelected() != on) {
            (own.isEmpty() ? driver.findElement(By.cssSelector("#" + css(id) + " .ui-chkbox-box")) : input).click();
            waitForPage();
        }
        return this;
    }

    /** Types a date (in the picker's pattern) into a p:datePicker. */
    public Browser date(String id, String text) {
        WebElement input = element(id + "_input");
        // clear() leaves the picker's text in place: select it and type over it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.ESCAPE);
        if (!text.equals(input.getAttribute("value"))) { // the picker's popup can swallow keys: type again
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
            input.sendKeys(Keys.ESCAPE);
        }
        // the popup fades out: until it is gone its days cover the fields below (a click there lands on a day)
        By panel = By.id(id + "_panel");
        try {
            waiting(3).until(ExpectedConditions.invisibilityOfElementLocated(panel));
        } catch (TimeoutException e) {
            input.sendKeys(Keys.ESCAPE);
            try {
                waiting(3).until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (TimeoutException stillOpen) {
                // two Escapes left the popup open once on a loaded machine (probably the first reached it while it
                // was still opening); it may cover whatever a click outside it would hit: close it through its widget
                ((JavascriptExecutor) driver).executeScript("var id = arguments[0];"
                        + " var w = Object.values(PrimeFaces.widgets).find(function (w) { return w && w.id === id; });"
                        + " if (w) { w.hide(); }", id);
                try {
                    waiting(3).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                } catch (TimeoutException fading) {
                    // Chromium 156, headless on a loaded machine, once left the hidden popup in its fade-out for good
                    // (the animation's end never came): the value is typed, so take the popup out of the way
                    ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).style.display = 'none';",
                            id + "_panel");
                    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                }
            }
        }
        return this;
    }

    /**
     * Fetches a link with this browser's session, as a download would, and returns the text of the
     * PDF it answers (whitespace as extracted); fails unless it is a 200 PDF.
     */
    public String pdfText(String href) {
        Api.File file = download(href);
        if (file.status() != 200 || !"application/pdf".equals(file.contentType())) {
            throw new AssertionError(href + " answered " + file.status() + " " + file.contentType() + ", not a PDF");
        }
        return pdfText(file.bytes());
    }

    public static String pdfText(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fetches a link with this browser's session, as a download would: status, content type, bytes. */
    public Api.File download(String href) {
        Cookie session = driver.manage().getCookieNamed("TREMPLIN_SESSION");
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(href))
                            .header("Cookie", "TREMPLIN_SESSION=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Api.File(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String css(String id) {
        return id.replace(":", "\\:");
    }

    /** A control of a plain GET filter form (form.auto-filter, js/filters.js): a change asks for the page again. */
    private boolean inPlainFilterForm(WebElement control) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var f = arguments[0].form; return !!(f && f.classList.contains('auto-filter'));", control));
    }

    /** Runs an action that loads another page (or the same again) and waits until the new one is shown. */
    public Browser reloading(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> {
            try {
                return ExpectedConditions.stalenessOf(page).apply(d);
            } catch (WebDriverException navigating) {
                return true; // Chromium may answer "node does not belong to the document" mid-navigation
            }
        });
        waitForPage();
        return this;
    }

    /** Clicks a button that submits the whole page (no ajax) and waits for the next page. */
    public Browser submit(String id) {
        return reloading(() -> element(id).click());
    }

    public WebElement element(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The text of an element; one that an ajax update replaces while it is read is read again. */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return element(id).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
                waitForPage();
            }
        }
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.toString().length() - 1);
    }

    /** Waits for an ajax update to show a text somewhere in an element. */
    public void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        waitForPage(); // an update still queued (typing sends several) would replace the element again
    }

    /**
     * Runs axe-core on the current page, with its default rules and the experimental
     * {@code label-content-name-mismatch} (a button whose accessible name hides its visible text: a speech user
     * saying what they see is not understood); fails listing each serious or critical violation.
     */
    public void assertAccessible() {
        assertNoCspViolation();
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRules(java.util.Map.of("label-content-name-mismatch", enabled));
        // only the violations are read: the passes and incomplete checks come back with one node each, not every node
        options.setResultTypes(List.of("violations"));
        // a button just clicked still fades its colours (the theme's .2 s transitions): axe would measure the
        // contrast of a colour halfway; wait until nothing on the page is animating
        waiting(3).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running' || a.effect == null"
                        + " || (a.effect.getComputedTiming().endTime === Infinity))")));
        List<Rule> bad = seriousViolations(options);
        if (!bad.isEmpty() && bad.stream().allMatch(v -> "color-contrast".equals(v.getId()))) {
            // a button re-enabled as its Ajax answer lands starts its colour transition after the wait above:
            // measured once more when it has ended, a real contrast fault is still there
            sleep(400);
            bad = seriousViolations(options);
        }
        if (!bad.isEmpty()) {
            screenshot("axe-" + path().replaceAll("[^a-zA-Z0-9]", "_"));
            throw new AssertionError("axe-core violations on " + path() + ":\n" + bad.stream()
                    .map(v -> "- " + v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    private List<Rule> seriousViolations(AxeRunOptions options) {
        // Legacy mode: axe runs in the page itself. The default mode runs it per frame, then opens a blank tab,
        // injects axe there too and sends it the partial results to finish: a tab and two injections per check,
        // for pages that have no frame (a page that embeds one would need the default mode back). axe is injected
        // once per document (a check after an Ajax update reuses it).
        AxeBuilder axe = new AxeBuilder().withOptions(options).setLegacyMode(true);
        axe.setInjectAxe(d -> {
            if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
                script(AxeScript.SOURCE);
            }
        }, false);
        Results results = axe.analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            // a missing screenshot must not hide the real failure
        }
    }

    /** A screenshot at the window's width, then another at 768 px (a tablet held upright), the width restored. */
    public void screenshots(String name) {
        screenshot(name);
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, size.getHeight()));
        screenshot(name + "-768");
        driver.manage().window().setSize(size);
    }

    /**
     * Keeps the browser for the next test, as a new one would be: the app's cookies, storage (local and IndexedDB),
     * service workers and cache cleared, one blank tab of the first size. A browser that does not come back to that
     * state (a dialog, a crash) is quit.
     */
    @Override
    public void close() {
        try {
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(fresh)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    base.getProtocol() + "://" + base.getHost() + ":" + base.getPort(), "storageTypes", "all"));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        } catch (RuntimeException e) {
            quit(driver, profile);
            return;
        }
        synchronized (IDLE) {
            IDLE.computeIfAbsent(language, k -> new ArrayDeque<>()).push(new Idle(driver, profile));
        }
    }

    private static void quit(WebDriver driver, Path profile) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // temporary profile: the OS cleans it eventually
        }
    }
}
