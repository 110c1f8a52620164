package org.tremplin.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.tremplin.testing.BundleProcess;

/**
 * The jar as built (mvn package) carries the boot commands of config/pre-boot-commands.asadmin, run before
 * the server boots (so that the HTTP listener starts as they configure it, and once): one instance keeps its
 * sessions in memory, and config/cluster.asadmin (a post-boot file, which Payara Micro runs after them) puts
 * them back in the data grid. ClusterFailoverIT shows the second half at work.
 */
class BundleIT {

    static final String AVAILABILITY = "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=";

    @Test
    void theJarRunsTheSingleInstanceBootCommands() throws Exception {
        String baked;
        try (ZipFile jar = new ZipFile(BundleProcess.JAR.toFile())) {
            ZipEntry after = jar.getEntry("MICRO-INF/post-boot-commands.txt"); // Payara Micro's own: comments only
            if (after != null) {
                String commands = new String(jar.getInputStream(after).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(commands.lines().allMatch(l -> l.isBlank() || l.startsWith("#")), "nothing changes the server once booted: " + commands);
            }
            ZipEntry entry = jar.getEntry("MICRO-INF/pre-boot-commands.txt");
            baked = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(ClusterFailoverIT.CLUSTER_COMMANDS.resolveSibling("pre-boot-commands.asadmin")), baked);
        assertTrue(baked.lines().anyMatch(l -> l.equals(AVAILABILITY + "false")), baked);
        assertTrue(baked.lines().anyMatch(l -> l.endsWith("server-header=false")), baked);
    }

    @Test
    void theClusterCommandsShareTheSessions() throws Exception {
        assertTrue(Files.readAllLines(ClusterFailoverIT.CLUSTER_COMMANDS).contains(AVAILABILITY + "true"));
    }
}
