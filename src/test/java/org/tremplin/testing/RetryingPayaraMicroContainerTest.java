package org.tremplin.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the retrying container reports about a Payara Micro that did not start. */
class RetryingPayaraMicroContainerTest {

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
            String report = RetryingPayaraMicroContainer.report(new Exception("No applications"), p, OUTPUT);
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
        String report = RetryingPayaraMicroContainer.report(new Exception("No applications"), p, "Error");
        assertTrue(report.contains("ended with exit code 1"), report);
        assertTrue(report.contains("the last 1 of 1 lines"), report);
    }
}
