package org.tremplin.shared.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook (.xlsx), written by hand: the exports need text, numbers and a bold
 * header row, which a few XML parts in a zip give without a spreadsheet library at run time. Text goes
 * in inline strings (no shared-string table), escaped and stripped of characters XML 1.0 forbids, and
 * defused against formula injection ({@link Spreadsheets#neutralise}); numbers are numeric cells
 * ({@link Spreadsheets#format}). Sheet names are made acceptable to Excel (at most 31 characters,
 * none of {@code []:*?/\}, unique regardless of case). Columns are sized roughly from their content.
 *
 * <pre>{@code
 * XlsxWriter x = new XlsxWriter();
 * x.sheet("Cohort").header(List.of("Name", "Sessions")).row(List.of("Léa", 12));
 * byte[] file = x.toBytes();
 * }</pre>
 */
public final class XlsxWriter {

    /** Excel's limits. */
    static final int MAX_NAME = 31;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_TEXT = 32_767;

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PLAIN = "0";
    private static final String BOLD = "1";

    /** Cell format 0: plain; 1: bold ({@link #PLAIN}, {@link #BOLD}). Fill 1 (gray125) is required by Excel. */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

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
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", workbook());
            put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
            put(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).xml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet: rows are added top to bottom. */
    public static final class Sheet {

        private final String name;
        private final StringBuilder rows = new StringBuilder();
        private final List<Integer> widths = new ArrayList<>();
        private int rowCount;

        private Sheet(String name) {
            this.name = name;
        }

        /** The name the sheet was given, once made valid. */
        public String name() {
            return name;
        }

        /** A row in bold: the column headings. */
        public Sheet header(List<String> cells) {
            return add(cells, BOLD, true);
        }

        /** A row of cells: a {@link Number} is a numeric cell, null or "" an empty one, anything else text; no cells: an empty row. */
        public Sheet row(List<?> cells) {
            return add(cells, PLAIN, true);
        }

        /** A line in bold in the first column, spilling over the empty cells to its right; it does not widen the column. */
        public Sheet title(String text) {
            return add(List.of(text), BOLD, false);
        }

        /** A plain line in the first column, like {@link #title}: a period, a warning. */
        public Sheet note(String text) {
            return add(List.of(text), PLAIN, false);
        }

        private Sheet add(List<?> cells, String style, boolean sizesColumns) {
            if (rowCount == MAX_ROWS) {
                throw new IllegalStateException("Sheet \"" + name + "\" is full: " + MAX_ROWS + " rows");
            }
            if (cells.size() > MAX_COLUMNS) {
                throw new IllegalArgumentException(cells.size() + " cells, more than a sheet's " + MAX_COLUMNS + " columns");
            }
            int r = ++rowCount;
            if (cells.isEmpty()) {
                return this;
            }
            rows.append("<row r=\"").append(r).append("\">");
            for (int i = 0; i < cells.size(); i++) {
                String shown = cell(cells.get(i), column(i) + r, style);
                if (sizesColumns && shown != null) {
                    widen(i, shown);
                }
            }
            rows.append("</row>");
            return this;
        }

        /** Appends the cell (nothing if empty) and returns its text as shown, or null. */
        private String cell(Object value, String ref, String style) {
            if (Spreadsheets.isNumber(value)) {
                String number = Spreadsheets.format((Number) value);
                rows.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"n\"><v>")
                        .append(number).append("</v></c>");
                return number;
            }
            String text = value == null ? "" : Spreadsheets.neutralise(legal(value.toString()));
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
            }
            rows.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    .append(escape(text)).append("</t></is></c>");
            return text;
        }

        private void widen(int column, String shown) {
            int longest = shown.lines().mapToInt(line -> line.codePointCount(0, line.length())).max().orElse(0);
            while (widths.size() <= column) {
                widths.add(0);
            }
            widths.set(column, Math.max(widths.get(column), longest));
        }

        private String xml() {
            StringBuilder xml = new StringBuilder(XML).append("<worksheet xmlns=\"").append(MAIN).append("\">");
            if (!widths.isEmpty()) {
                xml.append("<cols>");
                for (int i = 0; i < widths.size(); i++) {
                    int width = Math.clamp(widths.get(i) + 2L, 8, 60);
                    xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1)
                            .append("\" width=\"").append(width).append("\" customWidth=\"1\"/>");
                }
                xml.append("</cols>");
            }
            return xml.append("<sheetData>").append(rows).append("</sheetData></worksheet>").toString();
        }
    }

    /** A column's letters from its index from 0: A … Z, AA … AZ, BA … ZZ, AAA … */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
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

    /** Text for XML content or a quoted attribute; CR as a reference, as a parser would otherwise turn it into LF. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(XML)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(OFFICE).append("\"><sheets>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i - 1).name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    /** rId1 … rIdN: the sheets, in order; rIdN+1: the styles. */
    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder(XML).append("<Relationships xmlns=\"").append(RELATIONSHIPS).append("\">");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(OFFICE)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return xml.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(OFFICE)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private static void put(ZipOutputStream zip, String path, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
