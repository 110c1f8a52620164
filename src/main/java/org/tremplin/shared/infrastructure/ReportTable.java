package org.tremplin.shared.infrastructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report's table as the exports see it, whatever the report: a title, a few lines under it (the
 * period, warnings), column headings and rows. It holds only what every format can write, so that a
 * report is built once and downloaded as CSV, .xlsx or PDF ({@link ExportFormat}, {@link TableExport}).
 *
 * @param title   the table's name: the PDF heading, the sheet's name and first line
 * @param notes   lines printed under the title
 * @param headers the column headings
 * @param rows    the rows; a cell is a {@link String}, a {@link Number} or null (empty), and a row has at
 *                most as many cells as there are headings (fewer: the last ones are empty)
 * @param letterhead the programme's letterhead on every PDF page (EU emblem when co-funded), or null
 */
public record ReportTable(String title, List<String> notes, List<String> headers, List<List<Object>> rows,
        PdfWriter.Letterhead letterhead) {

    public ReportTable(String title, List<String> notes, List<String> headers, List<List<Object>> rows) {
        this(title, notes, headers, rows, null);
    }

    /** The same table with the letterhead of its programme on the PDF's pages. */
    public ReportTable withLetterhead(PdfWriter.Letterhead head) {
        return new ReportTable(title, notes, headers, rows, head);
    }

    /** Copies every list (the table cannot change afterwards) and checks the cells. */
    public ReportTable {
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() > headers.size()) {
                throw new IllegalArgumentException("Row " + (copied.size() + 1) + " of \"" + title + "\" has "
                        + row.size() + " cells for " + headers.size() + " headings");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException("A cell of \"" + title + "\" is a " + cell.getClass().getName()
                            + ": cells are text, numbers or null");
                }
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }
}
