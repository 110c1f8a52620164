package org.tremplin.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.learner.domain.EsfCases;

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
     * What every in-container test class deploys: the WAR plus all of them (each class annotated with
     * Arquillian's extension under the test classes, found once), their helpers and this package, with
     * Arquillian's test runner servlet opened to the authentication mechanism (which otherwise redirects
     * it to the login page). One archive for all, so that one Payara Micro serves them all
     * ({@link SharedPayaraMicroContainer}).
     */
    public static WebArchive inContainer() {
        return open(app().addClasses(inContainerClasses().toArray(Class<?>[]::new)).addClasses(HELPERS)
                .addPackage(Deployments.class.getPackage()), "/ArquillianServletRunner");
    }

    /** Test classes that in-container tests use besides their own. */
    private static final Class<?>[] HELPERS = {EsfCases.class};

    private static List<Class<?>> inContainerClasses;

    /** The test classes that run in the container, found under the test classes' folder. */
    static synchronized List<Class<?>> inContainerClasses() {
        if (inContainerClasses == null) {
            Path root;
            try {
                root = Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            try (Stream<Path> files = Files.walk(root)) {
                inContainerClasses = files.map(f -> root.relativize(f).toString())
                        .filter(f -> f.endsWith("IT.class") && !f.contains("$"))
                        .map(f -> load(f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.')))
                        .filter(Deployments::runsInContainer)
                        .<Class<?>>map(c -> c)
                        .sorted(Comparator.comparing(Class::getName))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inContainerClasses;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean runsInContainer(Class<?> test) {
        ExtendWith with = test.getAnnotation(ExtendWith.class);
        return with != null && Arrays.asList(with.value()).contains(ArquillianExtension.class);
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
