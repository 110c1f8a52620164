package org.tremplin.equipment.infrastructure;

import java.io.IOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.tremplin.shared.infrastructure.PdfWriter;

/**
 * The two papers of a loan as PDF: the agreement the learner signs when taking the item, and the
 * receipt given at return. A4, DejaVu Sans embedded (accents and non-Latin names print), text from
 * the {@code documents} bundle in the sheet's language.
 */
public class LoanDocuments {

    static final String BUNDLE = "org.tremplin.i18n.documents";

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
            if (!s.returnedAccessories().isEmpty() || !s.missingAccessories().isEmpty()) {
                w.heading(t.text("section.checklist"));
                for (String a : s.returnedAccessories()) {
                    w.bullet(t.format("checklist.returned", a));
                }
                for (String a : s.missingAccessories()) {
                    w.bullet(t.format("checklist.missing", a));
                }
            }
            signatures(w, t);
        });
    }

    private static void borrower(PdfWriter w, Texts t, LoanSheet s) throws IOException {
        w.heading(t.text("section.borrower"));
        w.field(t.text("field.learner"), s.learnerName());
        if (s.programme() != null) {
            w.field(t.text("field.programme"), s.programme());
        }
        w.field(t.text("field.site"), s.site());
    }

    private static void item(PdfWriter w, Texts t, LoanSheet s) throws IOException {
        w.heading(t.text("section.item"));
        w.field(t.text("field.type"), s.typeLabel());
        String makeModel = String.join(" ", List.of(t.orEmpty(s.make()), t.orEmpty(s.model()))).trim();
        w.field(t.text("field.makeModel"), t.orNone(makeModel));
        w.field(t.text("field.assetTag"), s.assetTag());
        w.field(t.text("field.serial"), t.orNone(s.serialNumber()));
        w.field(t.text("field.conditionOut"), s.conditionOutLabel());
        w.field(t.text("field.accessories"), t.orNone(s.accessories()));
        if (s.replacementValue() != null) {
            w.field(t.text("field.replacementValue"), NumberFormat.getCurrencyInstance(s.locale().getCountry().isEmpty()
                    ? Locale.forLanguageTag(s.locale().getLanguage() + "-FR") : s.locale()).format(s.replacementValue()));
        }
    }

    private static void signatures(PdfWriter w, Texts t) throws IOException {
        w.gap(18);
        w.paragraph(t.text("signature.place"));
        w.gap(8);
        w.signatureBoxes(t.text("signature.borrower"), t.text("signature.programme"), t.text("signature.mention"));
    }

    private interface Body {
        void write(PdfWriter w, Texts t) throws IOException;
    }

    private byte[] render(LoanSheet s, String kind, Body body) {
        Texts t = new Texts(ResourceBundle.getBundle(BUNDLE, s.locale()), s);
        return PdfWriter.render(t.text(kind + ".title") + " " + s.assetTag(), t.format("footer", t.date(LocalDate.now())),
                s.letterhead(), false, w -> {
            w.title(t.text(kind + ".title"));
            w.paragraph(String.join(" · ", nonNull(s.programme(), s.site())));
            w.gap(6);
            body.write(w, t);
        });
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
}
