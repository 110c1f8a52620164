package org.tremplin.shared.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The exports' workbooks (.xlsx), written by fastexcel: text, numbers and bold rows. What is ours is what the
 * exports promise on top: text stripped of the characters XML 1.0 forbids and defused against formula injection
 * ({@link Spreadsheets#neutralise}), numbers as numeric cells rounded as everywhere ({@link Spreadsheets#format}),
 * sheet names Excel accepts (at most 31 characters, none of {@code []:*?/\}, unique regardless of case), columns
 * sized roughly from their content.
 *
 * <pre>{@code
 * XlsxWorkbook x = new XlsxWorkbook();
 * x.sheet("Cohort").header(List.of("Name", "Sessions")).row(List.of("Léa", 12));
 * byte[] file = x.toBytes();
 * }</pre>
 */
public final class XlsxWorkbook {

    /** Excel's limits. */
    static final int MAX_NAME = 31;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_TEXT = 32_767;

    private final List<Sheet> sheets = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** A new sheet, after the others; its name is made valid and unique (see {@link #sheetName}). */
    public Sheet sheet(String name) {
        Sheet sheet = new Sheet(uniqueName(name));
        sheets.add(sheet);
        return sheet;
    }

    /** The workbook as a .xlsx file. */
    public byte[] toBytes() {
        if (sheets.isEmpty()) {
            throw new IllegalStateException("A workbook needs at least one sheet");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(bytes, "Tremplin", "1.0");
            for (Sheet sheet : sheets) {
                sheet.writeTo(book.newWorksheet(sheet.name));
            }
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet: rows are added top to bottom, and written when the workbook is. */
    public static final class Sheet {

        private record Line(List<?> cells, boolean bold, boolean sizesColumns) {
        }

        private final String name;
        private final List<Line> lines = new ArrayList<>();

        private Sheet(String name) {
            this.name = name;
        }

        /** The name the sheet was given, once made valid. */
        public String name() {
            return name;
        }

        /** A row in bold: the column headings. */
        public Sheet header(List<String> cells) {
            return add(cells, true, true);
        }

        /** A row of cells: a {@link Number} is a numeric cell, null or "" an empty one, anything else text; no cells: an empty row. */
        public Sheet row(List<?> cells) {
            return add(cells, false, true);
        }

        /** A line in bold in the first column, spilling over the empty cells to its right; it does not widen the column. */
        public Sheet title(String text) {
            return add(List.of(text), true, false);
        }

        /** A plain line in the first column, like {@link #title}: a period, a warning. */
        public Sheet note(String text) {
            return add(List.of(text), false, false);
        }

        private Sheet add(List<?> cells, boolean bold, boolean sizesColumns) {
            if (lines.size() == MAX_ROWS) {
                throw new IllegalStateException("Sheet \"" + name + "\" is full: " + MAX_ROWS + " rows");
            }
            if (cells.size() > MAX_COLUMNS) {
                throw new IllegalArgumentException(cells.size() + " cells, more than a sheet's " + MAX_COLUMNS + " columns");
            }
            lines.add(new Line(new ArrayList<>(cells), bold, sizesColumns));
            return this;
        }

        private void writeTo(Worksheet sheet) {
            List<Integer> widths = new ArrayList<>();
            for (int r = 0; r < lines.size(); r++) {
                Line line = lines.get(r);
                for (int c = 0; c < line.cells().size(); c++) {
                    String shown = cell(sheet, r, c, line.cells().get(c));
                    if (shown == null) {
                        continue;
                    }
                    if (line.bold()) {
                        sheet.style(r, c).bold().set();
                    }
                    if (line.sizesColumns()) {
                        widen(widths, c, shown);
                    }
                }
            }
            for (int c = 0; c < widths.size(); c++) {
                sheet.width(c, Math.clamp(widths.get(c) + 2L, 8, 60));
            }
        }

        /** Writes the cell (nothing if empty) and returns its text as shown, or null. */
        private static String cell(Worksheet sheet, int r, int c, Object value) {
            if (Spreadsheets.isNumber(value)) {
                String number = Spreadsheets.format((Number) value);
                sheet.value(r, c, new BigDecimal(number));
                return number;
            }
            String text = value == null ? "" : Spreadsheets.neutralise(legal(value.toString()));
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
            }
            sheet.value(r, c, text);
            return text;
        }

        private static void widen(List<Integer> widths, int column, String shown) {
            int longest = shown.lines().mapToInt(line -> line.codePointCount(0, line.length())).max().orElse(0);
            while (widths.size() <= column) {
                widths.add(0);
            }
            widths.set(column, Math.max(widths.get(column), longest));
        }
    }

    /**
     * A name Excel accepts: characters XML forbids dropped, each of {@code []:*?/\} replaced by '_',
     * no ' at either end, at most 31 characters; "Sheet" if nothing is left.
     */
    static String sheetName(String name) {
        String valid = legal(name == null ? "" : name).replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        valid = valid.replaceAll("^'+|'+$", "").strip();
        valid = truncate(valid, MAX_NAME);
        return valid.isEmpty() ? "Sheet" : valid;
    }

    /** The valid name, followed by " (2)", " (3)"… if a sheet already has it (Excel ignores case). */
    private String uniqueName(String wanted) {
        String base = sheetName(wanted);
        String name = base;
        for (int n = 2; names.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX_NAME - suffix.length()).strip() + suffix;
        }
        names.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String truncate(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    /** The text without the characters XML 1.0 forbids: controls other than tab, LF and CR, lone surrogates, U+FFFE, U+FFFF. */
    static String legal(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
