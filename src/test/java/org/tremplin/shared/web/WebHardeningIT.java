package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.Deployments;

/** The hardening headers on pages, API answers and downloads; static resources stay cacheable. */
@ExtendWith(ArquillianExtension.class)
class WebHardeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesApiAnswersAndErrorsCarryTheHardeningHeaders() {
        Api admin = Api.as(base, "admin");
        // (a 401 is written by the authentication mechanism before any filter runs: it carries none)
        for (Reply r : List.of(Api.anonymous(base).get("login.xhtml"), admin.get("api/programmes"),
                admin.get("api/learners/999999999"), admin.get("api/reports/esf?programme=abc"))) {
            String what = r.raw().uri() + " " + r.status();
            assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
            assertEquals("DENY", r.header("X-Frame-Options"), what);
            assertEquals("same-origin", r.header("Referrer-Policy"), what);
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what);
            assertEquals("no-store", r.header("Cache-Control"), what);
        }
    }

    @Test
    void staticResourcesMayBeCached() {
        Reply css = Api.anonymous(base).get("jakarta.faces.resource/css/tremplin.css.xhtml");
        assertEquals(200, css.status(), css::toString);
        assertEquals("nosniff", css.header("X-Content-Type-Options"));
        assertNotEquals("no-store", css.header("Cache-Control"));
    }
}
