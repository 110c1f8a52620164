package org.tremplin.testing;

import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of the browser tests: the real WAR deployed as a black box, a French-speaking browser per test
 * (started once and cleared between tests: {@link Browser#close}), a screenshot in target/screenshots of the page where a test failed, and no test passes
 * while a page it showed reported a Content-Security-Policy violation.
 */
public abstract class BrowserTest {

    protected final URL base = SharedApp.url();

    protected Browser browser;

    /** Runs after each test (after @AfterEach too): a picture of a failure, then the browser closes. */
    @RegisterExtension
    final TestWatcher closeBrowser = new TestWatcher() {
        @Override
        public void testSuccessful(ExtensionContext context) {
            close();
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
            close();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            testFailed(context, cause);
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    /** The last pages of a test are checked too (each wait for a page checks the ones before). */
    @AfterEach
    void noPageReportedACspViolation() {
        if (browser != null) {
            browser.assertNoCspViolation();
        }
    }

    private void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
