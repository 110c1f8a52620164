package org.tremplin.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link ReportTable}s as CSV, .xlsx or PDF, so that every report offers the same three downloads
 * and a number reads the same in each ({@link Spreadsheets#format}: 12, -3, 85.5).
 */
public final class TableExport {

    /** PDF rows: one line of 9.5 pt text with its padding. */

    private TableExport() {
    }

    /**
     * The table as CSV ({@link CsvWriter}: UTF-8 with a byte order mark, ';', formulas neutralised): the
     * header row then the data rows, nothing else. The title and notes are left out on purpose, so that
     * the file stays a plain grid that a spreadsheet or a script reads without skipping lines; the file
     * name carries what the title says.
     */
    public static byte[] csv(ReportTable table) {
        CsvWriter csv = new CsvWriter().row(table.headers());
        table.rows().forEach(csv::row);
        return csv.toBytes();
    }

    /**
     * The tables as one workbook, a sheet per table named after its title (made valid and unique). Each
     * sheet has the title in bold on row 1, a row per note, an empty row, then the headings in bold and
     * the data rows.
     */
    public static byte[] xlsx(ReportTable... tables) {
        requireSome(tables);
        XlsxWorkbook workbook = new XlsxWorkbook();
        for (ReportTable table : tables) {
            XlsxWorkbook.Sheet sheet = workbook.sheet(table.title()).title(table.title());
            table.notes().forEach(sheet::note);
            sheet.row(List.of()).header(table.headers());
            table.rows().forEach(sheet::row);
        }
        return workbook.toBytes();
    }

    /**
     * The tables one after the other on landscape A4 pages ({@link PdfWriter}): each title, its notes as
     * paragraphs, then the table, each column as wide as its content ({@link PdfWriter#figures}). The
     * document is named after the first table, carries its letterhead (the EU emblem for a co-funded
     * programme) and the footer on every page.
     */
    public static byte[] pdf(String footer, ReportTable... tables) {
        requireSome(tables);
        return PdfWriter.render(tables[0].title(), footer, tables[0].letterhead(), true, w -> {
            for (int t = 0; t < tables.length; t++) {
                ReportTable table = tables[t];
                if (t > 0) {
                    w.gap(12);
                }
                w.title(table.title());
                for (String note : table.notes()) {
                    w.paragraph(note);
                }
                w.gap(6);
                w.figures(table.headers(), text(table.rows()));
            }
        });
    }

    private static List<List<String>> text(List<List<Object>> rows) {
        List<List<String>> text = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell == null ? "" : cell instanceof Number n ? Spreadsheets.format(n) : cell.toString());
            }
            text.add(cells);
        }
        return text;
    }

    private static void requireSome(ReportTable[] tables) {
        if (tables.length == 0) {
            throw new IllegalArgumentException("Nothing to export: no table");
        }
    }
}
