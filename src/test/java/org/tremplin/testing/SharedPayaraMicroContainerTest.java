package org.tremplin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the retrying container reports about a Payara Micro that did not start. */
class SharedPayaraMicroContainerTest {

    @Test
    void theInContainerClassesAreFoundAndOnlyThey() {
        List<String> found = Deployments.inContainerClasses().stream().map(Class::getSimpleName).toList();
        assertTrue(found.containsAll(List.of("PersistenceIT", "AccountServiceIT", "DataProtectionIT")), found::toString);
        assertFalse(found.contains("LoginIT") || found.contains("LearnerApiIT"), "black-box classes are not deployed: " + found);
    }

    @Test
    void archivesWithTheSameContentShareTheRunningAppAndOthersDoNot() {
        String one = SharedPayaraMicroContainer.content(war("a", "b"));
        assertEquals(one, SharedPayaraMicroContainer.content(war("a", "b")), "built twice, the same content");
        assertNotEquals(one, SharedPayaraMicroContainer.content(war("a", "bb")), "a file of another size");
        assertNotEquals(one, SharedPayaraMicroContainer.content(war("a", "b").addAsWebResource(new StringAsset("c"), "c.txt")),
                "one file more");
    }

    private static WebArchive war(String a, String b) {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").addAsWebResource(new StringAsset(a), "a.txt")
                .addAsWebResource(new StringAsset(b), "b.txt");
    }

    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String OUTPUT = IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));

    @Test
    void aStuckProcessIsReportedWithItsThreadsAndTheTailOfItsOutput(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("Stuck.java");
        Files.writeString(program, "class Stuck { public static void main(String[] a) throws Exception {"
                + " System.out.println(\"up\"); Thread.sleep(120_000); } }");
        Process p = new ProcessBuilder(JAVA, program.toString()).redirectErrorStream(true).start();
        try {
            p.getInputStream().read(); // started
            String report = SharedPayaraMicroContainer.report(new Exception("No applications"), p, OUTPUT);
            assertTrue(report.contains("No applications"), report);
            assertTrue(report.contains("process " + p.pid() + " still running"), report);
            assertTrue(report.contains("Stuck.main"), "the thread dump shows where it waits:\n" + report);
            assertTrue(report.contains("the last 80 of 100 lines") && report.contains("line 21\n")
                    && !report.contains("line 20\n") && report.contains("line 100\n"), report);
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anEndedProcessIsReportedWithItsExitCode() throws Exception {
        Process p = new ProcessBuilder(JAVA, "-XX:NoSuchOption").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        String report = SharedPayaraMicroContainer.report(new Exception("No applications"), p, "Error");
        assertTrue(report.contains("ended with exit code 1"), report);
        assertTrue(report.contains("the last 1 of 1 lines"), report);
    }
}
