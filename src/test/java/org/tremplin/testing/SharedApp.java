package org.tremplin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The app that the black-box tests (API, pages, browser) share: one Payara Micro per test run, started
 * at the first call of {@link #url()} and stopped when the test JVM ends, instead of one per test class
 * (about 30 s each). It runs the WAR as built, with {@link RequestStatements} added for the query budgets
 * of whole pages, on Payara Micro as the bundle does (its pre-boot commands), with the environment
 * failsafe gives the tests (TREMPLIN_DEMO, the database). On embedded H2 it has a data folder of its own
 * ({@code target/it-shared-data}), so that the in-container tests' Payara, started while it runs, can
 * open theirs; on PostgreSQL both use the test database.
 * <p>
 * The classes share its data and its memory (the login throttle, the caches): each test makes the
 * records it reads (unique names, {@link Api#uniqueWord()}) and leaves the demo accounts usable.
 */
public final class SharedApp {

    private static final Path LOGS = BundleProcess.TARGET.resolve("shared-app");
    private static URL url;
    private static Path log;
    private static RuntimeException failed;

    private SharedApp() {
    }

    /** The address of the shared app ({@code http://127.0.0.1:port/}), started if it is not yet running. */
    public static synchronized URL url() {
        if (failed != null) {
            throw failed; // one start failed twice: every class fails fast rather than trying again
        }
        if (url == null) {
            try {
                url = start();
            } catch (Exception | AssertionError e) {
                failed = new IllegalStateException("the shared app did not start: see " + LOGS, e);
                throw failed;
            }
        }
        return url;
    }

    private static URL start() throws Exception {
        Instant begin = Instant.now();
        Files.createDirectories(LOGS);
        Path war = LOGS.resolve("ROOT.war");
        Deployments.open(Deployments.app().addClasses(RequestStatements.class, SurveyAging.class), RequestStatements.PATH)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        String microJar = System.getProperty("payara.microJar");
        if (microJar == null || !Files.isRegularFile(Path.of(microJar))) {
            throw new IllegalStateException("payara.microJar (" + microJar + ") is not a file: run the tests with 'mvn verify'");
        }
        int port = freePort();
        List<String> args = List.of("-jar", microJar, "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
                "--prebootcommandfile", BundleProcess.TARGET.resolveSibling("config").resolve("pre-boot-commands.asadmin").toString());
        Map<String, String> env = new HashMap<>();
        env.put("TREMPLIN_WARM_UP", "true"); // as shipped (the other Payara Micro of the tests go without)
        if (System.getenv("TREMPLIN_DB_URL") == null || System.getenv("TREMPLIN_DB_URL").isBlank()) {
            env.put("TREMPLIN_DATA_DIR", BundleProcess.TARGET.resolve("it-shared-data").toString());
        }
        BundleProcess app = BundleProcess.startReady("shared-app", LOGS, args, env);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shared-app-stop"));
        log = app.log();
        System.out.println("shared app: " + app.url() + " ready in " + Duration.between(begin, Instant.now()).toMillis() + " ms (log: " + app.log() + ")");
        return app.url();
    }

    /** The shared app's log (its standard output and error), started if it is not yet running. */
    public static synchronized Path log() {
        url();
        return log;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
