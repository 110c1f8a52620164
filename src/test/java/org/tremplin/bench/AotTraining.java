package org.tremplin.bench;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.tremplin.testing.Api;
import org.tremplin.testing.FormClient;

/**
 * The training run of the JDK's ahead-of-time cache ({@code config/bench.sh aot}, docs/benchmarks.md): starts the bundle
 * with {@code -XX:AOTCacheOutput} on a throwaway embedded H2 with the demo data, goes through the main paths as the
 * demo users would (each role's dashboard, the main pages of a coordinator and an admin, the funder's reports, the
 * API), then stops it. The JVM writes at its exit the classes it loaded and linked and the profiles of the methods it
 * ran, and a later start with {@code -XX:AOTCache} begins from them. Nothing of the demo data goes into the cache:
 * it holds classes and profiles, not rows.
 * <p>
 * Arguments: the bundle's jar, the cache to write, a folder for the throwaway data and the log.
 */
public final class AotTraining {

    /** Each page is asked this many times: enough for the JIT to collect profiles of its paths. */
    static final int ROUNDS = 5;

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: AotTraining APP_JAR CACHE WORK_DIR");
        }
        Path jar = Path.of(args[0]);
        Path cache = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(work);
        Files.deleteIfExists(cache);
        int port = Benchmark.freePort();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), Benchmark.HEAP,
                "-XX:AOTCacheOutput=" + cache, "-jar", jar.toString(), "--port", Integer.toString(port));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("training.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("TREMPLIN_"));
        pb.environment().put("TREMPLIN_DEMO", "true");
        pb.environment().put("TREMPLIN_DATA_DIR", work.resolve("data").toString());
        long t0 = System.nanoTime();
        Process app = pb.start();
        try {
            URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
            Benchmark.awaitAnswer(app, cmd, URI.create(base + "login.xhtml").toURL(), code -> code == 200);
            System.out.printf(Locale.ROOT, "aot: training run up in %.1f s; going through the main paths%n", seconds(t0));
            train(base);
        } finally {
            app.destroy(); // a normal exit: the JVM then assembles the cache (a child JVM, about a minute)
            if (!app.waitFor(10, TimeUnit.MINUTES)) {
                app.destroyForcibly();
                throw new IllegalStateException("the training run did not end: see " + work.resolve("training.log"));
            }
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no cache written: see " + work.resolve("training.log"));
        }
        System.out.printf(Locale.ROOT, "aot: %s written (%,d MB) in %.0f s%n", cache, Files.size(cache) >> 20, seconds(t0));
    }

    private static void train(URL base) throws Exception {
        FormClient coordinator = FormClient.logIn(base, "coordinator");
        FormClient admin = FormClient.logIn(base, "admin");
        FormClient trainer = FormClient.logIn(base, "trainer");
        FormClient funder = FormClient.logIn(base, "funder");
        List<Runnable> visits = new ArrayList<>();
        for (String page : Benchmark.MAIN_PAGES) {
            visits.add(() -> Benchmark.expect200(coordinator.get(page)));
        }
        for (String page : Benchmark.ADMIN_PAGES) {
            visits.add(() -> Benchmark.expect200(admin.get(page)));
        }
        for (String page : List.of("index.xhtml", "training/mine.xhtml")) {
            visits.add(() -> Benchmark.expect200(trainer.get(page)));
        }
        for (String page : List.of("index.xhtml", "reports/dashboard.xhtml", "reports/esf.xhtml")) {
            visits.add(() -> Benchmark.expect200(funder.get(page)));
        }
        visits.add(() -> Benchmark.expect200(coordinator.get("index.xhtml")));
        visits.add(() -> Benchmark.expect200(admin.get("reports/esf.xhtml")));
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("coordinator:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        visits.add(() -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/learners?size=20"))
                        .header("Authorization", basic).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("/api/learners answered " + r.statusCode());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < ROUNDS; i++) {
            visits.forEach(Runnable::run);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
