package org.tremplin.shared.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * CSV as spreadsheets in France open it: UTF-8 with a byte order mark, ';' between cells, CRLF between
 * rows, RFC 4180 quoting. A text cell that a spreadsheet would read as a formula (beginning with = + - @,
 * a tab or a carriage return) is prefixed with ' so that it stays text ({@link Spreadsheets#neutralise});
 * a {@link Number} cell is written as plain digits ({@link Spreadsheets#format}) and left as it is, so
 * that -3 stays a number.
 */
public final class CsvWriter {

    public static final char SEPARATOR = ';';
    public static final String BOM = "\uFEFF";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder text = new StringBuilder();

    public CsvWriter row(String... cells) {
        return row(Arrays.asList(cells));
    }

    /** One row; a cell is text, a {@link Number} or null (empty). */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    /** The rows so far, without the byte order mark. */
    @Override
    public String toString() {
        return text.toString();
    }

    /** The file: UTF-8 bytes, byte order mark first. */
    public byte[] toBytes() {
        return (BOM + text).getBytes(StandardCharsets.UTF_8);
    }

    /** One cell: a number as plain digits; text neutralised, then quoted if it holds a separator, a quote or a line break. */
    static String cell(Object value) {
        if (Spreadsheets.isNumber(value)) {
            return Spreadsheets.format((Number) value);
        }
        String text = value == null ? "" : value.toString();
        if (text.isEmpty()) {
            return "";
        }
        String safe = Spreadsheets.neutralise(text);
        if (safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
