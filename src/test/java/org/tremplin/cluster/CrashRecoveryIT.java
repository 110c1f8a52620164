package org.tremplin.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.Api;
import org.tremplin.testing.Api.Reply;
import org.tremplin.testing.BundleProcess;
import org.tremplin.testing.StartUpLog;

/**
 * Nothing acknowledged is lost when the process dies. The bundle as built runs on a fresh embedded H2
 * data folder (the default set-up); six clients create learners through the API; the process is killed
 * with SIGKILL while they write; started again on the same folder, it must hold every learner it had
 * answered 201 for. Plain JUnit (the app is a child process); on the embedded database only, which is
 * the one whose durability the app configures (PostgreSQL's is the server's own).
 * Prints the acknowledged writes per second, the figure docs/benchmarks.md records.
 */
class CrashRecoveryIT {

    private static final int CLIENTS = 6;
    private static final Duration WRITING = Duration.ofSeconds(Long.getLong("tremplin.crash.writeSeconds", 6));

    private BundleProcess app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyLearnerAnsweredCreatedIsThereAfterAKill() throws Exception {
        String db = System.getenv("TREMPLIN_DB_URL");
        assumeTrue(db == null || db.isBlank(), "CrashRecoveryIT checks the embedded H2 default: it runs in the H2 pass");
        Path logs = Files.createDirectories(BundleProcess.TARGET.resolve("crash-logs"));
        Path data = Files.createTempDirectory(BundleProcess.TARGET, "crash-data-");
        int port = ClusterFailoverIT.freePorts(1)[0];
        List<String> args = List.of(BundleProcess.SHORT_LIVED, "-jar", BundleProcess.JAR.toString(), "--port", String.valueOf(port), "--nocluster");
        Map<String, String> env = new HashMap<>();
        env.put("TREMPLIN_DATA_DIR", data.toString());
        env.put("TREMPLIN_DEMO", "true");
        env.put("TREMPLIN_DB_URL", null);
        env.put("TREMPLIN_SMTP_HOST", null);

        app = BundleProcess.startReady("crash-first", logs, args, env);
        // the README's run command (the bundle, embedded H2, demo data): its start logs only what the README explains
        assertEquals(List.of(), StartUpLog.unexplained(app.log()), "start-up warnings the README does not explain (" + app.log() + ")");
        long site = siteId(Api.as(app.url(), "admin"));
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            Api api = Api.as(app.url(), "coordinator");
            clients.submit(() -> {
                while (writing.get()) {
                    try {
                        Reply r = api.post("api/learners", learner(site));
                        if (r.status() == 201) {
                            acknowledged.add(r.object().getJsonNumber("id").longValue());
                        } else if (writing.get()) {
                            failures.add(r.toString());
                        }
                    } catch (RuntimeException killed) {
                        return; // the connection died with the process
                    }
                }
            });
        }
        Instant started = Instant.now();
        Thread.sleep(WRITING.toMillis());
        app.kill();
        writing.set(false);
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the clients stopped");
        assertTrue(failures.isEmpty(), "every write before the kill was accepted: " + failures);
        assertTrue(acknowledged.size() >= CLIENTS, "the clients wrote before the kill: " + acknowledged.size());
        System.out.printf("CrashRecoveryIT: %d learners acknowledged by %d clients in %.1f s (%.1f writes/s), then SIGKILL%n",
                acknowledged.size(), CLIENTS, seconds, acknowledged.size() / seconds);

        app = BundleProcess.startReady("crash-again", logs, args, env);
        Api coordinator = Api.as(app.url(), "coordinator");
        List<Long> lost = acknowledged.stream().filter(id -> coordinator.get("api/learners/" + id).status() != 200).sorted().toList();
        System.out.printf("CrashRecoveryIT: after the restart %d of %d acknowledged learners found%n",
                acknowledged.size() - lost.size(), acknowledged.size());
        assertEquals(List.of(), lost, "learners answered 201 before the kill and missing after the restart (see " + logs + ")");
    }

    private static long siteId(Api admin) {
        return admin.get("api/sites").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals("Centre social Lille-Sud")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String learner(long site) {
        String last = Api.uniqueWord();
        return Json.createObjectBuilder().add("firstName", "Crash").add("lastName", last).add("siteId", site)
                .add("birthDate", "1990-04-02").add("gender", "WOMAN").add("email", last + "@example.org")
                .add("postcode", "59000").add("commune", "Lille").add("labourStatus", "INACTIVE").add("iscedLevel", 3)
                .build().toString();
    }
}
