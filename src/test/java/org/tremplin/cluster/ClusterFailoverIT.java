package org.tremplin.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.BundleProcess;
import org.tremplin.testing.FormClient.Page;
import org.tremplin.testing.FormClient;

/**
 * Two instances of the app as built (target/tremplin.jar), clustered on loopback with Payara Micro's
 * data grid, against the PostgreSQL database of the test run: a person logs in on A, goes on on B
 * with the same session cookie (a Faces postback on B of a page rendered on A included), A stops, and
 * B still serves the session without a new login. Plain JUnit: the instances are child processes,
 * started with the command docs/cluster.md gives; their output goes to target/cluster-logs/.
 * Skipped on the embedded H2 database, which one process only can open.
 */
class ClusterFailoverIT {

    /** The boot commands docs/cluster.md gives to instances that share their sessions. */
    static final Path CLUSTER_COMMANDS = BundleProcess.TARGET.resolveSibling("config").resolve("cluster.asadmin");

    private static BundleProcess a;
    private static BundleProcess b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String db = System.getenv("TREMPLIN_DB_URL");
        assumeFalse(db == null || db.isBlank(), "ClusterFailoverIT needs PostgreSQL (-Dtremplin.test.db.url=jdbc:postgresql://…):"
                + " two instances cannot share the embedded H2 database");
        int[] ports = freePorts(4);
        String members = "127.0.0.1:" + ports[2] + ",127.0.0.1:" + ports[3];
        String cluster = "tremplin-it-" + UUID.randomUUID().toString().substring(0, 8);
        Path logs = Files.createDirectories(BundleProcess.TARGET.resolve("cluster-logs"));
        // A first: on a fresh database one instance migrates the schema and seeds the demo data alone
        a = BundleProcess.startReady("a", logs, clustered("a", ports[0], ports[2], members, cluster), Map.of());
        b = BundleProcess.startReady("b", logs, clustered("b", ports[1], ports[3], members, cluster), Map.of());
    }

    @AfterAll
    static void stopInstances() {
        for (BundleProcess instance : new BundleProcess[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    /**
     * The boot commands baked into the jar run before the server boots (config/pre-boot-commands.asadmin): the HTTP
     * listener starts once. Run after the boot, they restarted it, and about one start in ten was left without it.
     */
    @Test
    void eachInstanceStartsItsHttpListenerOnce() throws Exception {
        for (BundleProcess instance : new BundleProcess[] {a, b}) {
            String log = Files.readString(instance.log(), java.nio.charset.StandardCharsets.ISO_8859_1);
            long started = log.lines().filter(l -> l.contains("Network Listener http-listener started")).count();
            assertEquals(1, started, "instance " + instance.name() + ": see " + instance.log());
        }
    }

    @Test
    void aSessionStartedOnOneInstanceCarriesOnOnTheOtherWhenTheFirstStops() throws Exception {
        assertTrue(b.logContains("DG Size: 2"), "B joined A in one data grid: see " + b.log());

        FormClient onA = FormClient.logIn(a.url(), "coordinator");
        assertPageOf(onA.get("learners/list.xhtml"), "/learners/list.xhtml", COORDINATOR);
        Page listOnA = onA.get("equipment/list.xhtml"); // a page with a Faces view kept in the session
        assertPageOf(listOnA, "/equipment/list.xhtml", COORDINATOR);

        FormClient onB = onA.at(b.url());
        assertPageOf(onB.get("learners/list.xhtml"), "/learners/list.xhtml", COORDINATOR);
        // a Faces postback on B of the view rendered on A: its view state and view-scoped bean come from the grid
        Map<String, String> filter = listOnA.form("equipment");
        assertFiltered(onB.post("equipment/list.xhtml", ajaxFilter(filter, "a")));

        a.stop();
        assertFalse(a.process().isAlive(), "A stopped");

        assertPageOf(onB.get("learners/list.xhtml"), "/learners/list.xhtml", COORDINATOR);
        assertPageOf(onB.get("index.xhtml"), "/index.xhtml", COORDINATOR);
        // the session's Faces views too: the page rendered on A still answers on B
        assertFiltered(onB.post("equipment/list.xhtml", ajaxFilter(filter, "e")));
    }

    /** The equipment page's text filter as PrimeFaces posts it on a key press (an ajax request). */
    private static Map<String, String> ajaxFilter(Map<String, String> form, String text) {
        Map<String, String> fields = FormClient.ajax(form, "equipment:text", "keyup", "equipment:table");
        fields.put("equipment:text", text);
        return fields;
    }

    private static void assertFiltered(Page page) {
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("<partial-response"), page.body());
        assertTrue(page.body().contains("<update id=\"equipment:table\""), "the table re-rendered, not an expired view: " + page.body());
        assertFalse(page.body().contains("expired"), page.body());
    }

    /** The demo coordinator as the header names them (the display name, kept in the session). */
    private static final String COORDINATOR = "Nadia Coordinatrice";

    private static void assertPageOf(Page page, String path, String username) {
        assertEquals(200, page.status(), page.toString());
        assertEquals(path, page.path(), "not sent to the login page");
        int user = page.body().indexOf("class=\"app-user\"");
        String shown = user < 0 ? page.body() : page.body().substring(user, Math.min(page.body().length(), user + 80));
        assertTrue(shown.startsWith("class=\"app-user\">" + username + " "), "the page names " + username + ": " + shown);
    }

    /** The options docs/cluster.md gives to an instance of a cluster on loopback (and the tests' short-lived JIT). */
    private static List<String> clustered(String name, int httpPort, int gridPort, String members, String cluster) {
        return List.of(BundleProcess.SHORT_LIVED, "-Dpayaramicro.noCluster=false", "-jar", BundleProcess.JAR.toString(),
                "--name", "tremplin-" + name, "--port", String.valueOf(httpPort), "--clusterName", cluster, "--clusterMode", "tcpip:" + members,
                "--startPort", String.valueOf(gridPort), "--interfaces", "127.0.0.1", "--nohostaware",
                // sessions in the data grid: without it each instance keeps its own (the jar's default)
                "--postbootcommandfile", CLUSTER_COMMANDS.toAbsolutePath().toString());
    }

    static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
