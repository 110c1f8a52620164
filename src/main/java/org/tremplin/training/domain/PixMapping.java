package org.tremplin.training.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project's mapping of the 16 Pix competences (CRCN) to DigComp 2.2, kept as data in
 * {@code pix-digcomp.csv} beside this class: a Pix level n is DigComp level n; a DigComp competence fed by
 * several Pix competences takes the lowest of their levels; a Pix level 0 gives none.
 */
public final class PixMapping {

    /** One Pix competence: its code (1.1 … 5.2), its French name as exports spell it, the DigComp codes it feeds. */
    public record Rule(String pixCode, String name, List<String> digComp) {
    }

    public static final int MAX_PIX_LEVEL = 8;
    private static final String FILE = "/org/tremplin/training/pix-digcomp.csv";
    private static final PixMapping DEFAULT = read(PixMapping.class.getResourceAsStream(FILE));

    private final List<Rule> rules;
    private final Map<String, Rule> byFoldedName = new LinkedHashMap<>();

    private PixMapping(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        rules.forEach(r -> byFoldedName.put(fold(r.name()), r));
    }

    /** The mapping shipped with the application. */
    public static PixMapping standard() {
        return DEFAULT;
    }

    static PixMapping read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing " + FILE);
        }
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(FILE + ": three cells expected in '" + line + "'");
                }
                List<String> digComp = cells[2].isBlank() ? List.of() : List.of(cells[2].strip().split("\\s+"));
                rules.add(new Rule(cells[0].strip(), cells[1].strip(), digComp));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PixMapping(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The Pix competence a column name designates, matched without regard to case, accents, apostrophes or spacing. */
    public Optional<Rule> byName(String name) {
        return Optional.ofNullable(byFoldedName.get(fold(name)));
    }

    /** Every DigComp code that some Pix competence gives a level to. */
    public TreeSet<String> coveredDigComp() {
        TreeSet<String> covered = new TreeSet<>();
        rules.forEach(r -> covered.addAll(r.digComp()));
        return covered;
    }

    /**
     * The DigComp levels that Pix levels give (Pix code → 0…8): the lowest level of the Pix competences
     * feeding each DigComp competence; a DigComp competence whose lowest is 0 stays unassessed.
     */
    public Map<String, Integer> toDigComp(Map<String, Integer> pixLevels) {
        Map<String, Integer> lowest = new TreeMap<>();
        for (Rule rule : rules) {
            Integer level = pixLevels.get(rule.pixCode());
            if (level == null) {
                continue;
            }
            rule.digComp().forEach(code -> lowest.merge(code, level, Math::min));
        }
        lowest.values().removeIf(level -> level < DigCompLevel.MIN);
        return Collections.unmodifiableMap(lowest);
    }

    /** Folds a header or name: case, accents, the apostrophes Pix or a spreadsheet may write, and spacing ignored. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[’‘`´ʼ′]", "'")
                .replaceAll("\\s*'\\s*", "'")
                .replaceAll("[\\s\\u00a0\\u202f]+", " ")
                .strip();
    }
}
