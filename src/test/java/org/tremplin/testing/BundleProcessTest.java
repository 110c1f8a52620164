package org.tremplin.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that says it is ready while nothing listens on its port is given up, not waited for three minutes. */
class BundleProcessTest {

    @TempDir
    Path dir;

    @Test
    void aProcessThatPrintsTheReadyBannerButNeverListensIsGivenUpSoon() throws Exception {
        Path fake = Files.writeString(dir.resolve("Unbound.java"), """
                public class Unbound {
                    public static void main(String[] args) throws Exception {
                        System.out.println("[INFO] Payara Micro 7.2026.11 (build 19) ready in 26,650 (ms)");
                        Thread.sleep(120_000);
                    }
                }
                """);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        BundleProcess process = BundleProcess.start("unbound", List.of(fake.toString(), "--port", String.valueOf(port)),
                Map.of(), dir.resolve("unbound.log"));
        long t0 = System.nanoTime();
        try {
            AssertionError given = assertThrows(AssertionError.class, () -> process.awaitReady(Duration.ofSeconds(2)));
            assertTrue(given.getMessage().contains("its HTTP listener not bound"), given.getMessage());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos(), "given up long before the start timeout");
        } finally {
            process.kill();
        }
    }
}
