package org.tremplin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * CSV as spreadsheets in France open it: UTF-8 with a byte order mark, ';' between cells, CRLF between
 * rows, RFC 4180 quoting. A cell that a spreadsheet would read as a formula (beginning with = + - @,
 * a tab or a carriage return) is prefixed with ' so that it stays text.
 */
public final class CsvWriter {

    public static final char SEPARATOR = ';';
    public static final String BOM = "\uFEFF";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder text = new StringBuilder();

    public CsvWriter row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<String> cells) {
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

    /** One cell, neutralised then quoted if it holds a separator, a quote or a line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = neutralise(value);
        if (safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Formula injection: text that a spreadsheet would evaluate gets a leading '. */
    static String neutralise(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
