package org.tremplin.equipment.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two papers of a loan as PDF: the agreement the learner signs when taking the item, and the
 * receipt given at return. A4, DejaVu Sans embedded (accents and non-Latin names print), text from
 * the {@code documents} bundle in the sheet's language.
 */
public class LoanDocuments {

    static final String BUNDLE = "org.tremplin.i18n.documents";
    private static final String FONTS = "/org/tremplin/fonts/";

    public byte[] agreement(LoanSheet s) {
        return render(s, "agreement", (w, t) -> {
            w.paragraph(t.text("agreement.intro"));
            borrower(w, t, s);
            item(w, t, s);
            w.heading(t.text("section.loan"));
            w.field(t.text("field.outDate"), t.date(s.outDate()));
            w.field(t.text("field.lentBy"), s.lentBy());
            w.field(t.text("field.dueDate"), t.date(s.dueDate()));
            w.heading(t.text("section.conditions"));
            for (int i = 1; t.has("condition." + i); i++) {
                w.bullet(t.text("condition." + i));
            }
            signatures(w, t);
        });
    }

    public byte[] receipt(LoanSheet s) {
        if (s.returnedDate() == null) {
            throw new IllegalArgumentException("No receipt for a loan not given back");
        }
        return render(s, "receipt", (w, t) -> {
            w.paragraph(t.text("receipt.intro"));
            borrower(w, t, s);
            item(w, t, s);
            w.heading(t.text("section.return"));
            w.field(t.text("field.outDate"), t.date(s.outDate()));
            w.field(t.text("field.dueDate"), t.date(s.dueDate()));
            w.field(t.text("field.returnedDate"), t.date(s.returnedDate()));
            w.field(t.text("field.receivedBy"), s.receivedBy());
            w.field(t.text("field.conditionIn"), s.conditionInLabel());
            w.field(t.text("field.dataWiped"), Boolean.TRUE.equals(s.dataWiped()) ? t.text("yes") : t.text("no"));
            w.field(t.text("field.damageNotes"), t.orNone(s.damageNotes()));
            signatures(w, t);
        });
    }

    private static void borrower(Writer w, Texts t, LoanSheet s) throws IOException {
        w.heading(t.text("section.borrower"));
        w.field(t.text("field.learner"), s.learnerName());
        if (s.programme() != null) {
            w.field(t.text("field.programme"), s.programme());
        }
        w.field(t.text("field.site"), s.site());
    }

    private static void item(Writer w, Texts t, LoanSheet s) throws IOException {
        w.heading(t.text("section.item"));
        w.field(t.text("field.type"), s.typeLabel());
        String makeModel = String.join(" ", List.of(t.orEmpty(s.make()), t.orEmpty(s.model()))).trim();
        w.field(t.text("field.makeModel"), t.orNone(makeModel));
        w.field(t.text("field.assetTag"), s.assetTag());
        w.field(t.text("field.serial"), t.orNone(s.serialNumber()));
        w.field(t.text("field.conditionOut"), s.conditionOutLabel());
        w.field(t.text("field.accessories"), t.orNone(s.accessories()));
    }

    private static void signatures(Writer w, Texts t) throws IOException {
        w.gap(18);
        w.paragraph(t.text("signature.place"));
        w.gap(8);
        w.signatureBoxes(t.text("signature.borrower"), t.text("signature.programme"), t.text("signature.mention"));
    }

    private interface Body {
        void write(Writer w, Texts t) throws IOException;
    }

    private byte[] render(LoanSheet s, String kind, Body body) {
        Texts t = new Texts(ResourceBundle.getBundle(BUNDLE, s.locale()), s);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "DejaVuSans.ttf");
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.text(kind + ".title") + " " + s.assetTag());
            info.setCreator("Tremplin");
            try (Writer w = new Writer(doc, regular, bold, t.format("footer", t.date(LocalDate.now())))) {
                w.title(t.text(kind + ".title"));
                w.paragraph(String.join(" · ", nonNull(s.programme(), s.site())));
                w.gap(6);
                body.write(w, t);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Loan " + kind + " of " + s.assetTag() + " could not be written", e);
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                list.add(v);
            }
        }
        return list;
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = LoanDocuments.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " missing from the application");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The bundle, with dates in the sheet's language. */
    private record Texts(ResourceBundle bundle, LoanSheet sheet) {
        String text(String key) {
            return bundle.getString(key);
        }

        boolean has(String key) {
            return bundle.containsKey(key);
        }

        String format(String key, Object... args) {
            return new MessageFormat(text(key), sheet.locale()).format(args);
        }

        String date(LocalDate date) {
            return date == null ? text("none")
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(sheet.locale()).format(date);
        }

        String orNone(String value) {
            return value == null || value.isBlank() ? text("none") : value;
        }

        String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** Lays text down an A4 page, wrapping lines and starting new pages as needed. */
    private static final class Writer implements AutoCloseable {
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

        Writer(PDDocument doc, PDFont regular, PDFont bold, String footer) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.footer = footer;
            newPage();
        }

        void title(String text) throws IOException {
            need(30);
            show(bold, 17, MARGIN, text);
            y -= 26;
        }

        void heading(String text) throws IOException {
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

        void paragraph(String text) throws IOException {
            for (String line : wrap(regular, SIZE, text, WIDTH)) {
                need(LEADING);
                show(regular, SIZE, MARGIN, line);
                y -= LEADING;
            }
        }

        void bullet(String text) throws IOException {
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

        void field(String label, String value) throws IOException {
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

        void gap(float points) {
            y -= points;
        }

        /** Two boxes side by side for the borrower's and the programme's signature. */
        void signatureBoxes(String left, String right, String mention) throws IOException {
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

        static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
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
}
