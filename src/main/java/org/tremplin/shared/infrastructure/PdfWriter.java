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
 * Lays text down A4 pages for the app's printed papers (loan agreement, receipt, attendance sheet):
 * headings, wrapped paragraphs, label/value fields, bullets, signature boxes and simple tables,
 * starting a new page (with the footer) whenever the next block does not fit.
 */
public final class PdfWriter implements AutoCloseable {

    private static final String FONTS = "/org/tremplin/fonts/";

    /** What a document says, written on the pages. */
    @FunctionalInterface
    public interface Body {
        void write(PdfWriter w) throws IOException;
    }

    /** A whole document: DejaVu Sans embedded (accents and non-Latin names print), the footer on every page. */
    public static byte[] render(String title, String footer, Body body) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "DejaVuSans.ttf");
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Tremplin");
            try (PdfWriter w = new PdfWriter(doc, regular, bold, footer)) {
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

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15;
    private static final float LABEL_WIDTH = 190;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    private PdfWriter(PDDocument doc, PDFont regular, PDFont bold, String footer) throws IOException {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.footer = footer;
        newPage();
    }

    public void title(String text) throws IOException {
        need(30);
        show(bold, 17, MARGIN, text);
        y -= 26;
    }

    public void heading(String text) throws IOException {
        need(LEADING * 3);
        y -= 8;
        show(bold, 12, MARGIN, text);
        y -= 4;
        content.setLineWidth(0.6f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        y -= LEADING;
    }

    public void paragraph(String text) throws IOException {
        for (String line : wrap(regular, SIZE, text, WIDTH)) {
            need(LEADING);
            show(regular, SIZE, MARGIN, line);
            y -= LEADING;
        }
    }

    public void bullet(String text) throws IOException {
        List<String> lines = wrap(regular, SIZE, text, WIDTH - 14);
        for (int i = 0; i < lines.size(); i++) {
            need(LEADING);
            if (i == 0) {
                show(regular, SIZE, MARGIN, "•");
            }
            show(regular, SIZE, MARGIN + 14, lines.get(i));
            y -= LEADING;
        }
        y -= 2;
    }

    public void field(String label, String value) throws IOException {
        List<String> labels = wrap(bold, SIZE, label, LABEL_WIDTH - 10);
        List<String> values = wrap(regular, SIZE, value == null ? "" : value, WIDTH - LABEL_WIDTH);
        int rows = Math.max(labels.size(), values.size());
        need(LEADING * Math.min(rows, 3));
        for (int i = 0; i < rows; i++) {
            need(LEADING);
            if (i < labels.size()) {
                show(bold, SIZE, MARGIN, labels.get(i));
            }
            if (i < values.size()) {
                show(regular, SIZE, MARGIN + LABEL_WIDTH, values.get(i));
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
        xs[0] = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i] * WIDTH;
        }
        float headerHeight = fitted(headers, xs, bold, LEADING + 6);
        tableRow(headers, xs, headerHeight, true);
        for (List<String> row : rows) {
            float height = fitted(row, xs, regular, rowHeight);
            if (y - height < MARGIN + 20) {
                newPage();
                tableRow(headers, xs, headerHeight, true);
            }
            tableRow(row, xs, height, false);
        }
        y -= LEADING;
    }

    /** The row's height: at least {@code least}, enough for its longest cell, at most what a page holds under a header. */
    private float fitted(List<String> cells, float[] xs, PDFont font, float least) throws IOException {
        int lines = 1;
        for (int i = 0; i < xs.length - 1 && i < cells.size(); i++) {
            if (cells.get(i) != null) {
                lines = Math.max(lines, wrap(font, 9.5f, cells.get(i), xs[i + 1] - xs[i] - 8).size());
            }
        }
        float page = PAGE.getHeight() - 2 * MARGIN - 20 - (LEADING + 6) * 2;
        return Math.max(least, Math.min(12 * lines + 6, page));
    }

    private void tableRow(List<String> cells, float[] xs, float height, boolean header) throws IOException {
        need(height);
        content.setLineWidth(0.5f);
        for (int i = 0; i < xs.length - 1; i++) {
            content.addRect(xs[i], y - height, xs[i + 1] - xs[i], height);
            String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            List<String> lines = wrap(header ? bold : regular, 9.5f, text, xs[i + 1] - xs[i] - 8);
            float ty = y - 13;
            for (String line : lines) {
                if (ty < y - height + 3) {
                    break;
                }
                showAt(header ? bold : regular, 9.5f, xs[i] + 4, ty, line);
                ty -= 12;
            }
        }
        content.stroke();
        y -= height;
    }

    public void gap(float points) {
        y -= points;
    }

    /** Two boxes side by side for the borrower's and the programme's signature. */
    public void signatureBoxes(String left, String right, String mention) throws IOException {
        float boxWidth = (WIDTH - 24) / 2;
        float box = 70;
        List<String> hint = wrap(regular, 8.5f, mention, boxWidth);
        float height = LEADING + hint.size() * 11 + 4 + box;
        need(height);
        for (int i = 0; i < 2; i++) {
            float x = MARGIN + i * (boxWidth + 24);
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
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        pages++;
        showAt(regular, 8, MARGIN, MARGIN - 10, footer + " · " + pages);
        y = PAGE.getHeight() - MARGIN;
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
