package org.tremplin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The README's promise about the start-up log: every WARNING or SEVERE line Payara Micro logs until the app is
 * ready is one the README explains. The first column of its table "What the start-up log says" quotes each message
 * in code spans, "…" standing for any text.
 */
public final class StartUpLog {

    static final Path README = BundleProcess.TARGET.resolveSibling("README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private StartUpLog() {
    }

    /** The messages the README explains, as patterns. */
    public static List<Pattern> explained() {
        String readme = read(README);
        int at = readme.indexOf("### What the start-up log says");
        if (at < 0) {
            throw new AssertionError("README.md has no section \"What the start-up log says\"");
        }
        String section = readme.substring(at);
        String table = section.substring(section.indexOf("| message |"));
        table = table.substring(0, table.indexOf("\n\n"));
        List<Pattern> patterns = new ArrayList<>();
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher quote = CODE.matcher(row.substring(0, row.indexOf(" | ", 2)));
            while (quote.find()) {
                patterns.add(Pattern.compile(Arrays.stream(quote.group(1).split("…", -1)).map(Pattern::quote)
                        .collect(Collectors.joining(".*"))));
            }
        }
        return patterns;
    }

    /** The WARNING and SEVERE lines of a Payara Micro log, up to "ready in", that no explained message matches. */
    public static List<String> unexplained(Path log) {
        List<Pattern> explained = explained();
        List<String> lines = new ArrayList<>();
        for (String line : read(log).lines().toList()) {
            String plain = ANSI.matcher(line).replaceAll("");
            if (plain.contains(" ready in ")) {
                break;
            }
            if ((plain.contains("WARNING") || plain.contains("SEVERE")) && explained.stream().noneMatch(p -> p.matcher(plain).find())) {
                lines.add(plain);
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
