package org.tremplin.shared.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text down A4 pages for the app's printed papers (loan agreement, receipt, attendance sheet, reports):
 * headings, wrapped paragraphs, label/value fields, bullets, signature boxes and simple tables,
 * starting a new page (with the footer, and the letterhead when there is one) whenever the next block
 * does not fit. Reports are laid out landscape; papers of an EU co-funded programme carry the EU emblem
 * and "Cofinancé par l'Union européenne" with the programme's funder line on every page ({@link Letterhead}).
 */
public final class PdfWriter implements AutoCloseable {

    private static final String FONTS = "/org/tremplin/fonts/";

    /** What a document says, written on the pages. */
    @FunctionalInterface
    public interface Body {
        void write(PdfWriter w) throws IOException;
    }

    /**
     * The head of every page of a co-funded programme's paper: the EU emblem with the co-funding statement
     * (as the bundles word it), and the programme's funder line. {@code null} statement: no emblem.
     */
    public record Letterhead(String statement, String funderLine) {

        /** A programme's letterhead: the statement when it is EU co-funded, "name · funder" beneath. */
        public static Letterhead of(String programme, String funder, boolean euCofunded, java.util.Locale locale) {
            String statement = euCofunded
                    ? java.util.ResourceBundle.getBundle("org.tremplin.i18n.documents", locale).getString("pdf.euCofunded") : null;
            String line = funder == null || funder.isBlank() ? programme : programme + " · " + funder;
            return new Letterhead(statement, line);
        }
    }

    /** A whole document: DejaVu Sans embedded (accents and non-Latin names print), the footer on every page. */
    public static byte[] render(String title, String footer, Body body) {
        return render(title, footer, null, false, body);
    }

    /** The same, with a letterhead on every page (may be null), portrait or landscape. */
    public static byte[] render(String title, String footer, Letterhead letterhead, boolean landscape, Body body) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "DejaVuSans.ttf");
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Tremplin");
            PDRectangle page = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            try (PdfWriter w = new PdfWriter(doc, regular, bold, footer, letterhead, page, landscape ? 32 : 56)) {
                body.write(w);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("\"" + title + "\" could not be written", e);
        }
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " missing from the application");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static final float SIZE = 10.5f;
    private static final float LEADING = 15;
    private static final float LABEL_WIDTH = 190;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private final Letterhead letterhead;
    private final PDRectangle sheet;
    private final float margin;
    private final float textWidth;
    private PDPageContentStream content;
    private float y;
    private int pages;

    private PdfWriter(PDDocument doc, PDFont regular, PDFont bold, String footer, Letterhead letterhead, PDRectangle page,
            float margin) throws IOException {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.footer = footer;
        this.letterhead = letterhead;
        this.sheet = page;
        this.margin = margin;
        this.textWidth = page.getWidth() - 2 * margin;
        newPage();
    }

    public void title(String text) throws IOException {
        need(30);
        show(bold, 17, margin, text);
        y -= 26;
    }

    public void heading(String text) throws IOException {
        need(LEADING * 3);
        y -= 8;
        show(bold, 12, margin, text);
        y -= 4;
        content.setLineWidth(0.6f);
        content.moveTo(margin, y);
        content.lineTo(margin + textWidth, y);
        content.stroke();
        y -= LEADING;
    }

    public void paragraph(String text) throws IOException {
        for (String line : wrap(regular, SIZE, text, textWidth)) {
            need(LEADING);
            show(regular, SIZE, margin, line);
            y -= LEADING;
        }
    }

    public void bullet(String text) throws IOException {
        List<String> lines = wrap(regular, SIZE, text, textWidth - 14);
        for (int i = 0; i < lines.size(); i++) {
            need(LEADING);
            if (i == 0) {
                show(regular, SIZE, margin, "•");
            }
            show(regular, SIZE, margin + 14, lines.get(i));
            y -= LEADING;
        }
        y -= 2;
    }

    public void field(String label, String value) throws IOException {
        List<String> labels = wrap(bold, SIZE, label, LABEL_WIDTH - 10);
        List<String> values = wrap(regular, SIZE, value == null ? "" : value, textWidth - LABEL_WIDTH);
        int rows = Math.max(labels.size(), values.size());
        need(LEADING * Math.min(rows, 3));
        for (int i = 0; i < rows; i++) {
            need(LEADING);
            if (i < labels.size()) {
                show(bold, SIZE, margin, labels.get(i));
            }
            if (i < values.size()) {
                show(regular, SIZE, margin + LABEL_WIDTH, values.get(i));
            }
            y -= LEADING;
        }
    }

    /**
     * A table with a header row and rows of at least {@code rowHeight} points (room to sign), taller
     * where a cell's text wraps onto more lines (up to a page); the header is repeated on each new page.
     * Widths are fractions of the text width.
     */
    public void table(List<String> headers, float[] widths, List<List<String>> rows, float rowHeight) throws IOException {
        float[] xs = new float[widths.length + 1];
        xs[0] = margin;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i] * textWidth;
        }
        float headerHeight = fitted(headers, xs, bold, LEADING + 6);
        tableRow(headers, xs, headerHeight, true);
        for (List<String> row : rows) {
            float height = fitted(row, xs, regular, rowHeight);
            if (y - height < margin + 20) {
                newPage();
                tableRow(headers, xs, headerHeight, true);
            }
            tableRow(row, xs, height, false);
        }
        y -= LEADING;
    }

    /**
     * A table of figures, as compact as it reads well: 8.5-point text, each column as wide as its widest
     * cell (a heading may wrap at its words), then all widened or narrowed alike to the page's width.
     */
    public void figures(List<String> headers, List<List<String>> rows) throws IOException {
        float[] natural = new float[headers.size()];
        for (int i = 0; i < natural.length; i++) {
            for (String word : headers.get(i).split("\\s+")) {
                natural[i] = Math.max(natural[i], width(bold, FIGURE_SIZE, word));
            }
            for (List<String> row : rows) {
                if (i < row.size() && row.get(i) != null) {
                    natural[i] = Math.max(natural[i], width(regular, FIGURE_SIZE, row.get(i)));
                }
            }
            natural[i] += 10;
        }
        float total = 0;
        for (float n : natural) {
            total += n;
        }
        float[] widths = new float[natural.length];
        for (int i = 0; i < natural.length; i++) {
            widths[i] = natural[i] / total;
        }
        cellSize = FIGURE_SIZE;
        try {
            table(headers, widths, rows, FIGURE_ROW);
        } finally {
            cellSize = CELL_SIZE;
        }
    }

    private static final float CELL_SIZE = 9.5f;
    private static final float FIGURE_SIZE = 8.5f;
    private static final float FIGURE_ROW = 13;
    private float cellSize = CELL_SIZE;

    private float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(clean(text)) / 1000 * size;
    }

    /** The row's height: at least {@code least}, enough for its longest cell, at most what a page holds under a header. */
    private float fitted(List<String> cells, float[] xs, PDFont font, float least) throws IOException {
        int lines = 1;
        for (int i = 0; i < xs.length - 1 && i < cells.size(); i++) {
            if (cells.get(i) != null) {
                lines = Math.max(lines, wrap(font, cellSize, cells.get(i), xs[i + 1] - xs[i] - 8).size());
            }
        }
        float page = sheet.getHeight() - 2 * margin - 20 - (LEADING + 6) * 2;
        return Math.max(least, Math.min(lineHeight() * lines + 2.5f, page));
    }

    private void tableRow(List<String> cells, float[] xs, float height, boolean header) throws IOException {
        need(height);
        content.setLineWidth(0.5f);
        for (int i = 0; i < xs.length - 1; i++) {
            content.addRect(xs[i], y - height, xs[i + 1] - xs[i], height);
            String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            List<String> lines = wrap(header ? bold : regular, cellSize, text, xs[i + 1] - xs[i] - 8);
            float ty = y - cellSize - 2.5f;
            for (String line : lines) {
                if (ty < y - height + 2) {
                    break;
                }
                showAt(header ? bold : regular, cellSize, xs[i] + 4, ty, line);
                ty -= lineHeight();
            }
        }
        content.stroke();
        y -= height;
    }

    private float lineHeight() {
        return cellSize * 1.26f;
    }

    public void gap(float points) {
        y -= points;
    }

    /** Two boxes side by side for the borrower's and the programme's signature. */
    public void signatureBoxes(String left, String right, String mention) throws IOException {
        float boxWidth = (textWidth - 24) / 2;
        float box = 70;
        List<String> hint = wrap(regular, 8.5f, mention, boxWidth);
        float height = LEADING + hint.size() * 11 + 4 + box;
        need(height);
        for (int i = 0; i < 2; i++) {
            float x = margin + i * (boxWidth + 24);
            show(bold, SIZE, x, i == 0 ? left : right);
            float hy = y - LEADING;
            for (String line : hint) {
                showAt(regular, 8.5f, x, hy, line);
                hy -= 11;
            }
            content.setLineWidth(0.6f);
            content.addRect(x, hy - box + 7, boxWidth, box);
            content.stroke();
        }
        y -= height + LEADING;
    }

    private void show(PDFont font, float size, float x, String text) throws IOException {
        showAt(font, size, x, y, text);
    }

    private void showAt(PDFont font, float size, float x, float atY, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(clean(text));
        content.endText();
    }

    private void need(float height) throws IOException {
        if (y - height < margin + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            close();
        }
        PDPage page = new PDPage(sheet);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        pages++;
        showAt(regular, 8, margin, margin - 10, footer + " · " + pages);
        y = sheet.getHeight() - margin;
        if (letterhead != null) {
            letterhead();
        }
    }

    /** The emblem (3:2, 30 points high), the statement beside it, the funder line under the statement. */
    private void letterhead() throws IOException {
        float height = 30;
        float x = margin;
        if (letterhead.statement() != null) {
            EuEmblem.draw(content, x, y - height, height);
            x += height * 1.5f + 10;
            showAt(bold, 10, x, y - 12, letterhead.statement());
        }
        if (letterhead.funderLine() != null) {
            showAt(regular, 8.5f, x, y - 25, letterhead.funderLine());
        }
        y -= height + 16;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Control characters and tabs would break showText; collapse them. */
    private static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}]+", " ");
    }

    public static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || font.getStringWidth(clean(candidate)) / 1000 * size <= width) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
