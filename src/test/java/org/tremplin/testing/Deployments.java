package org.tremplin.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way integration tests deploy: the real WAR that {@code mvn package} built (so tests run
 * what ships), plus, for in-container tests, the test classes themselves. Black-box tests do not deploy:
 * they share one running app ({@link SharedApp}). Arquillian's managed Payara
 * Micro inherits TREMPLIN_DEMO=true and a test data directory (or a PostgreSQL URL) from failsafe.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR as built (what {@link SharedApp} runs, and the base of in-container deployments). */
    public static WebArchive app() {
        File war = new File(System.getProperty("tremplin.war", "target/tremplin.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify' (package runs first)");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * For in-container tests: the WAR plus the given test classes, with Arquillian's test runner
     * servlet opened to the authentication mechanism (which otherwise redirects it to the login page).
     */
    public static WebArchive withTests(Class<?>... classes) {
        return open(app().addClasses(classes).addPackage(Deployments.class.getPackage()), "/ArquillianServletRunner");
    }

    /**
     * Opens paths (comma-separated prefixes) of a test deployment to the authentication mechanism (which
     * otherwise redirects them to the login page): Arquillian's test runner, a servlet of the tests.
     */
    public static WebArchive open(WebArchive war, String paths) {
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        webXml = webXml.replace("<display-name>Tremplin</display-name>", "<display-name>Tremplin</display-name>\n"
                + "  <context-param><param-name>tremplin.PUBLIC_PATHS</param-name>"
                + "<param-value>" + paths + "</param-value></context-param>");
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml));
    }
}
