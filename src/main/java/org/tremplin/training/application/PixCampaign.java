package org.tremplin.training.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tremplin.shared.infrastructure.CsvReader;
import org.tremplin.training.domain.PixMapping;

/**
 * A Pix Orga profile-collection export read and checked, nothing matched or stored yet: one
 * {@link Participant} per data row with the Pix levels it gives, or the reasons it cannot be read.
 * Columns are recognised whatever their apostrophes, accents or spacing; those that are neither a
 * known Pix column nor a competence are reported, never silently used.
 */
public final class PixCampaign implements Serializable {

    /** Why the whole file is refused (a message key of the bundles), if it is. */
    public enum FileProblem { EMPTY, NOT_PIX, NO_LEVELS }

    /** A problem of one row, as a bundle key and its arguments (the API and the page word it). */
    public record Problem(String key, List<String> args) implements Serializable {
        public static Problem of(String key, Object... args) {
            return new Problem(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        /** The problem worded in a language of the bundles. */
        public String text(java.util.Locale locale) {
            return wording(key, locale, args.toArray());
        }
    }

    /** A bundle text in a language (what the page and the API both show). */
    public static String wording(String key, java.util.Locale locale, Object... args) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.tremplin.i18n.messages", locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new java.text.MessageFormat(pattern, locale).format(args);
    }

    /** One row: who, whether the profile was sent, when, the levels by Pix code, and what is wrong with it. */
    public record Participant(int line, String lastName, String firstName, String externalId, boolean sent,
            LocalDate sentOn, Map<String, Integer> pixLevels, List<Problem> problems) implements Serializable {
        public boolean isValid() {
            return problems.isEmpty();
        }

        public String name() {
            return (firstName + " " + lastName).strip();
        }
    }

    static final String LAST_NAME = "nom du participant";
    static final String FIRST_NAME = "prenom du participant";
    static final String SENT = "envoi (o/n)";
    static final String SENT_ON = "date de l'envoi";
    static final String CAMPAIGN = "nom de la campagne";
    static final String LEVEL = "niveau pour la competence ";
    /** Columns of a Pix export that the import does not need (it reads the levels, not the pix counts). */
    static final List<String> IGNORED = List.of("nom de l'organisation", "id campagne", "code", "nombre de pix total",
            "certifiable (o/n)", "nombre de competences certifiables", "groupe", "classe", "numero etudiant",
            "date de naissance");
    static final String PIX_COUNT = "nombre de pix pour la competence ";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FileProblem fileProblem;
    private final String campaignName;
    private final List<Participant> participants;
    private final List<String> unrecognisedColumns;

    private PixCampaign(FileProblem fileProblem, String campaignName, List<Participant> participants,
            List<String> unrecognisedColumns) {
        this.fileProblem = fileProblem;
        this.campaignName = campaignName;
        this.participants = List.copyOf(participants);
        this.unrecognisedColumns = List.copyOf(unrecognisedColumns);
    }

    public static PixCampaign read(byte[] file, PixMapping mapping, LocalDate today) {
        List<CsvReader.Row> rows = CsvReader.parse(CsvReader.decode(file)).stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            return refused(FileProblem.EMPTY);
        }
        List<String> headers = rows.get(0).cells();
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> levelColumns = new TreeMap<>();
        List<String> unrecognised = new ArrayList<>();
        int externalId = -1;
        for (int i = 0; i < headers.size(); i++) {
            String header = PixMapping.fold(headers.get(i));
            if (header.startsWith(LEVEL)) {
                Optional<PixMapping.Rule> rule = mapping.byName(header.substring(LEVEL.length()));
                if (rule.isPresent()) {
                    levelColumns.putIfAbsent(rule.get().pixCode(), i);
                } else {
                    unrecognised.add(headers.get(i).strip());
                }
            } else if (List.of(LAST_NAME, FIRST_NAME, SENT, SENT_ON, CAMPAIGN).contains(header)) {
                columns.putIfAbsent(header, i);
            } else if (header.contains("tremplin")) {
                externalId = i;
            } else if (!IGNORED.contains(header) && !header.startsWith(PIX_COUNT) && !header.isEmpty()) {
                unrecognised.add(headers.get(i).strip());
            }
        }
        if (!columns.containsKey(LAST_NAME) || !columns.containsKey(FIRST_NAME)) {
            return refused(FileProblem.NOT_PIX);
        }
        if (levelColumns.isEmpty()) {
            return refused(FileProblem.NO_LEVELS);
        }
        List<Participant> participants = new ArrayList<>();
        String campaign = null;
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            participants.add(participant(row, columns, levelColumns, externalId, today));
            if (campaign == null && columns.containsKey(CAMPAIGN)) {
                campaign = unescape(row.cell(columns.get(CAMPAIGN)));
            }
        }
        return new PixCampaign(null, campaign, participants, unrecognised);
    }

    private static PixCampaign refused(FileProblem problem) {
        return new PixCampaign(problem, null, List.of(), List.of());
    }

    private static Participant participant(CsvReader.Row row, Map<String, Integer> columns,
            Map<String, Integer> levelColumns, int externalIdColumn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String last = unescape(row.cell(columns.get(LAST_NAME)));
        String first = unescape(row.cell(columns.get(FIRST_NAME)));
        if (last.isEmpty() && first.isEmpty()) {
            problems.add(Problem.of("pix.row.noName"));
        }
        String externalId = externalIdColumn < 0 ? "" : unescape(row.cell(externalIdColumn)).replaceFirst("^#", "");
        if (!externalId.isEmpty() && !externalId.matches("\\d{1,18}")) {
            problems.add(Problem.of("pix.row.externalId", externalId));
        }
        String sentCell = columns.containsKey(SENT) ? row.cell(columns.get(SENT)) : "";
        String dateCell = columns.containsKey(SENT_ON) ? row.cell(columns.get(SENT_ON)) : "";
        boolean sent = columns.containsKey(SENT) ? sentCell.equalsIgnoreCase("O") || sentCell.equalsIgnoreCase("oui")
                : !dateCell.isEmpty();
        LocalDate sentOn = null;
        Map<String, Integer> levels = new TreeMap<>();
        if (sent) {
            sentOn = date(dateCell, today, problems);
            levelColumns.forEach((pixCode, column) -> {
                String cell = row.cell(column);
                if (cell.isEmpty()) {
                    return;
                }
                try {
                    int level = Integer.parseInt(cell);
                    if (level < 0 || level > PixMapping.MAX_PIX_LEVEL) {
                        throw new NumberFormatException();
                    }
                    levels.put(pixCode, level);
                } catch (NumberFormatException e) {
                    problems.add(Problem.of("pix.row.level", pixCode, cell));
                }
            });
        }
        return new Participant(row.line(), last, first, externalId, sent, sentOn, levels, problems);
    }

    private static LocalDate date(String cell, LocalDate today, List<Problem> problems) {
        if (cell.isEmpty()) {
            problems.add(Problem.of("pix.row.noDate"));
            return null;
        }
        LocalDate date;
        try {
            date = cell.contains("/") ? LocalDate.parse(cell, FRENCH_DATE) : LocalDate.parse(cell.substring(0, Math.min(10, cell.length())));
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("pix.row.date", cell));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(Problem.of("pix.row.futureDate", cell));
        }
        return date;
    }

    /** Pix writes a leading apostrophe before a value that starts with = + - or @ (a spreadsheet formula guard). */
    private static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    public Optional<FileProblem> fileProblem() { return Optional.ofNullable(fileProblem); }
    public String campaignName() { return campaignName; }
    public List<Participant> participants() { return participants; }
    public List<String> unrecognisedColumns() { return unrecognisedColumns; }
}
