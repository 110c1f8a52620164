package org.tremplin.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Payara Micro process running the bundle as built (target/tremplin.jar), started as the README and
 * docs/cluster.md say, its output in a log file. Used by the tests that need the app as a process of its
 * own: two clustered instances (ClusterFailoverIT), an instance killed and started again (CrashRecoveryIT),
 * the app that the black-box tests share ({@link SharedApp}, the WAR on Payara Micro).
 */
public record BundleProcess(String name, Process process, URL url, Path log) {

    /** A start takes 20-60 s; one that hangs (rarely, cause unknown) is reported and tried once more. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("tremplin.cluster.startTimeoutSeconds", 180));
    public static final Path TARGET = Path.of(System.getProperty("tremplin.war", "target/tremplin.war")).toAbsolutePath().getParent();
    public static final Path JAR = TARGET.resolve("tremplin.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * The JVM option of an instance that starts, serves a few requests and stops (the crash and fail-over tests),
     * set by failsafe (pom.xml, {@code tremplin.shortLivedJvm}); not for the shared app.
     */
    public static final String SHORT_LIVED = System.getProperty("tremplin.shortLivedJvm", "-XX:+TieredCompilation");

    private static final Pattern PORT = Pattern.compile("--port\u0000(\\d+)");
    /** Payara Micro's last line of a start: "Payara Micro 7.2026.11 (build 19) ready in 26,650 (ms)". */
    private static final Pattern READY_BANNER = Pattern.compile("Payara Micro \\S+ \\(build \\S+\\) ready in ");
    /** How long a process whose log says it is ready may refuse connections before it is given up. */
    static final Duration UNBOUND = Duration.ofSeconds(30);

    /**
     * Starts the process and waits until it is ready. A start that does not get there is reported like the
     * Arquillian container's (SharedPayaraMicroContainer: threads, last lines, listed by .ci/run), killed,
     * and tried once more with a log of its own.
     *
     * @param args the JVM options and the bundle's, after {@code java -Xmx1g} (they name the jar and --port)
     * @param env  variables set for the process; a {@code null} value removes one from the test's environment
     */
    public static BundleProcess startReady(String name, Path logs, List<String> args, Map<String, String> env) throws Exception {
        BundleProcess first = start(name, args, env, logs.resolve(name + ".log"));
        try {
            first.awaitReady();
            return first;
        } catch (AssertionError stuck) {
            String report = SharedPayaraMicroContainer.report(stuck, first.process, Files.readString(first.log));
            System.err.println(report);
            SharedPayaraMicroContainer.save(report);
            first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            System.err.println("instance " + name + ": starting again");
        }
        BundleProcess second = start(name, args, env, logs.resolve(name + "-again.log"));
        try {
            second.awaitReady();
            return second;
        } catch (AssertionError | RuntimeException again) {
            second.stop(); // not left running after the test
            throw again;
        }
    }

    public static BundleProcess start(String name, List<String> args, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(args);
        Matcher port = PORT.matcher(String.join("\u0000", args));
        if (!port.find()) {
            throw new IllegalArgumentException("no --port in " + args);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(TARGET.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        env.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        return new BundleProcess(name, process, URI.create("http://127.0.0.1:" + port.group(1) + "/").toURL(), log);
    }

    /**
     * Polls /health/ready until the app answers UP (the database reached, the demo data in place). A start whose
     * log says it is ready while its port still refuses connections {@link #UNBOUND} later is given up at once:
     * Payara Micro sometimes left its HTTP listener unbound ("Error adding HttpProbes. NetworkListener
     * http-listeners GrizzlyProxy is NULL" in its log), and such a process never answers. That was the boot commands
     * run after the boot restarting the listener; they run before it now (config/pre-boot-commands.asadmin,
     * ClusterFailoverIT checks the listener starts once), and this stays as a guard.
     */
    public void awaitReady() throws Exception {
        awaitReady(UNBOUND);
    }

    void awaitReady(Duration unbound) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Instant banner = null;
        HttpRequest ready = HttpRequest.newBuilder(url.toURI().resolve("health/ready")).timeout(Duration.ofSeconds(10)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("instance " + name + " exited (" + process.exitValue() + "): see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                if (banner == null && READY_BANNER.matcher(Files.readString(log, StandardCharsets.ISO_8859_1)).find()) {
                    banner = Instant.now();
                }
                if (banner != null && Instant.now().isAfter(banner.plus(unbound))) {
                    throw new AssertionError("instance " + name + " says it is ready but its port has refused connections for "
                            + unbound + " (its HTTP listener not bound): see " + log);
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("instance " + name + " not ready within " + START_TIMEOUT + ": see " + log);
    }

    public boolean logContains(String text) throws IOException {
        return Files.readString(log).contains(text);
    }

    /** Asks the process to stop (as a service manager would), and kills it if it has not after a minute. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash or an out-of-memory killer would end it: no shutdown hook, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
}
