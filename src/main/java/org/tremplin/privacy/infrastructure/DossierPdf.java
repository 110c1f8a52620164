package org.tremplin.privacy.infrastructure;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tremplin.privacy.domain.Dossier;
import org.tremplin.shared.infrastructure.PdfWriter;

/**
 * The dossier as a document a person can read: the record's fields with their screen labels, then
 * each section as a list, one line per entry. Yes/no and empty values are written out in words.
 */
public final class DossierPdf {

    private static final String DOCUMENTS = "org.tremplin.i18n.documents";
    private static final String MESSAGES = "org.tremplin.i18n.messages";

    private DossierPdf() {
    }

    public static byte[] render(Dossier d, Locale locale) {
        ResourceBundle docs = ResourceBundle.getBundle(DOCUMENTS, locale);
        ResourceBundle msg = ResourceBundle.getBundle(MESSAGES, locale);
        String title = docs.getString("dossier.title");
        String footer = MessageFormat.format(docs.getString("dossier.footer"), d.learnerId(), d.madeAt().toString());
        return PdfWriter.render(title, footer, w -> {
            w.title(title);
            w.paragraph(docs.getString("dossier.intro"));
            w.heading(docs.getString("dossier.section.person"));
            for (Map.Entry<String, Object> field : d.person().entrySet()) {
                w.field(label(msg, "learner." + field.getKey(), field.getKey()), text(docs, field.getValue()));
            }
            for (String section : Dossier.SECTIONS) {
                w.heading(docs.getString("dossier.section." + section));
                List<Map<String, Object>> rows = d.section(section);
                if (rows.isEmpty()) {
                    w.paragraph(docs.getString("dossier.none"));
                }
                for (Map<String, Object> row : rows) {
                    List<String> parts = new ArrayList<>();
                    row.forEach((key, value) -> {
                        if (value != null) {
                            parts.add(label(docs, "dossier.field." + key, key) + " : " + text(docs, value));
                        }
                    });
                    w.bullet(String.join(" · ", parts));
                }
            }
        });
    }

    private static String text(ResourceBundle docs, Object value) {
        if (value == null) {
            return docs.getString("dossier.empty");
        }
        if (value instanceof Boolean b) {
            return docs.getString(b ? "dossier.yes" : "dossier.no");
        }
        return value.toString();
    }

    /** The bundle's label, or the field's own name in words ("entryDate" → "entry date"). */
    static String label(ResourceBundle bundle, String key, String field) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
    }
}
