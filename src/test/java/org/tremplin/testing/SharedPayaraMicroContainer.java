package org.tremplin.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;

/**
 * Payara Micro's Arquillian container, with one Payara Micro for all the in-container test classes of a
 * run, and one more try when a start fails.
 * <p>
 * <b>One start.</b> Every in-container class deploys the same archive ({@link Deployments#inContainer()}),
 * so the first deployment is kept running and serves the next classes: {@link #deploy} of an archive with
 * the same content returns the running one, {@link #undeploy} leaves it running, and it is stopped when the
 * test JVM ends (the connector's shutdown hook). An archive with other content stops it and starts anew.
 * The classes share its data and memory, as the black-box classes share {@link SharedApp}.
 * <p>
 * <b>One more try.</b> About one start in a few hundred on the CI machines never prints its "ready"
 * banner (the connector then reports "No applications were found deployed" after
 * {@code startupTimeoutInSeconds}). Before the second try this writes what is needed to find out why:
 * whether the process is alive, its threads (jcmd), and the tail of what it printed, under
 * {@code target/payara-start-failures/} and on the console. The stuck process is killed; the connector
 * itself would leave it running until the test JVM ends. A deployment that fails twice fails the test
 * class, and the next class tries again.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    static final Path REPORTS = Path.of(System.getProperty("tremplin.start.failures", "target/payara-start-failures"));

    /** Registered in META-INF/services in place of the connector's own container. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(org.jboss.arquillian.container.spi.client.container.DeployableContainer.class,
                    PayaraMicroDeployableContainer.class, SharedPayaraMicroContainer.class);
        }
    }

    private ProtocolMetaData running;
    private String runningContent;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String content = content(archive);
        if (running != null && content.equals(runningContent)) {
            System.out.println("in-container app: the running Payara Micro serves this class too");
            return running;
        }
        if (running != null) {
            System.out.println("in-container app: another archive, the running Payara Micro is stopped");
            stopRunning(archive);
        }
        long begin = System.nanoTime();
        running = deployTwice(archive);
        runningContent = content;
        System.out.println("in-container app: started in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        return running;
    }

    /** Leaves the app running for the next class; it stops with the test JVM, or for another archive. */
    @Override
    public void undeploy(Archive<?> archive) {
        // kept: see deploy
    }

    private void stopRunning(Archive<?> archive) throws DeploymentException {
        running = null;
        runningContent = null;
        super.undeploy(archive);
    }

    private ProtocolMetaData deployTwice(Archive<?> archive) throws DeploymentException {
        try {
            return super.deploy(archive);
        } catch (DeploymentException first) {
            Process stuck = field("payaraMicroProcess", Process.class);
            String report = report(first, stuck, field("log", String.class));
            System.err.println(report);
            save(report);
            if (stuck != null) {
                stuck.destroyForcibly();
                try {
                    stuck.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw first;
                }
            }
            System.err.println("Payara Micro: starting again");
            return super.deploy(archive);
        }
    }

    /** What identifies an archive's content: its entries and their sizes, in order. */
    static String content(Archive<?> archive) {
        StringBuilder s = new StringBuilder(archive.getName()).append('\n');
        archive.getContent().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Object::toString)))
                .forEach(e -> s.append(e.getKey()).append(' ').append(size(e.getValue())).append('\n'));
        return s.toString();
    }

    private static long size(Node node) {
        if (node.getAsset() == null) {
            return -1;
        }
        try (InputStream in = node.getAsset().openStream()) {
            return in == null ? -1 : in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return -2;
        }
    }

    /** What a start that failed leaves to diagnose it: the failure, the process (threads if alive), its last lines. */
    public static String report(Throwable failure, Process process, String output) {
        StringBuilder s = new StringBuilder("==== Payara Micro did not start: ").append(failure.getMessage()).append('\n');
        if (process == null) {
            s.append("no process\n");
        } else if (!process.isAlive()) {
            s.append("process ").append(process.pid()).append(" ended with exit code ").append(process.exitValue()).append('\n');
        } else {
            s.append("process ").append(process.pid()).append(" still running; its threads:\n").append(threads(process.pid()));
        }
        String[] lines = output == null ? new String[0] : output.split("\n");
        int from = Math.max(0, lines.length - 80);
        s.append("---- the last ").append(lines.length - from).append(" of ").append(lines.length).append(" lines it printed:\n");
        for (int i = from; i < lines.length; i++) {
            s.append(lines[i]).append('\n');
        }
        return s.append("==== end of report\n").toString();
    }

    static String threads(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return dump;
        } catch (IOException e) {
            return "(jcmd failed: " + e + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)\n";
        }
    }

    /** Writes the report under target/payara-start-failures, which .ci/run lists at the end of its log. */
    public static void save(String report) {
        try {
            Files.createDirectories(REPORTS);
            Path file = REPORTS.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".txt");
            Files.writeString(file, report);
            System.err.println("Payara Micro start failure saved in " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not save the report: " + e);
        }
    }

    private <T> T field(String name, Class<T> type) {
        try {
            Field f = PayaraMicroDeployableContainer.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(this));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
