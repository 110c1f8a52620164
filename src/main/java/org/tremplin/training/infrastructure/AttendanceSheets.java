package org.tremplin.training.infrastructure;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tremplin.learner.domain.Learner;
import org.tremplin.shared.infrastructure.PdfWriter;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.TrainingSession;

/**
 * The signed attendance sheet of a session (feuille d'émargement): one per half-day, each learner
 * with a box to sign, the trainer's signature at the end. Learners already marked absent or excused
 * have it printed in their box.
 */
public class AttendanceSheets {

    static final String BUNDLE = "org.tremplin.i18n.documents";

    public byte[] sheet(TrainingSession s, List<Learner> members, Map<Long, AttendanceStatus> marks, String trainerName,
            Locale locale) {
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String footer = new MessageFormat(t.getString("footer"), locale)
                .format(new Object[] {DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.now())});
        var programme = s.getCohort().getProgramme();
        PdfWriter.Letterhead head = PdfWriter.Letterhead.of(programme.getName(), programme.getFunder(), programme.isEuCofunded(), locale);
        return PdfWriter.render(t.getString("sheet.title") + " " + s.getDate(), footer, head, false, w -> {
            w.title(t.getString("sheet.title"));
            w.paragraph(s.getCohort().getProgramme().getName() + " · " + s.getCohort().getName() + " · "
                    + s.getCohort().getSite().getName());
            w.gap(6);
            w.field(t.getString("sheet.date"), day.format(s.getDate()));
            w.field(t.getString("sheet.halfDay"), t.getString(s.isMorning() ? "sheet.morning" : "sheet.afternoon") + ", "
                    + time.format(s.getStartTime()) + " – " + time.format(s.getEndTime()));
            w.field(t.getString("sheet.topic"), s.getTopic());
            w.field(t.getString("sheet.place"), s.getPlace() == null ? t.getString("none") : s.getPlace());
            w.field(t.getString("sheet.trainer"), trainerName);
            w.gap(10);
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Learner l : members) {
                AttendanceStatus status = marks.get(l.getId());
                String note = status == null || status.followed() ? "" : t.getString("sheet.status." + status.name());
                rows.add(List.of(String.valueOf(n++), l.getLastName().toUpperCase(locale) + " " + l.getFirstName(), note));
            }
            w.table(List.of(t.getString("sheet.number"), t.getString("sheet.learner"), t.getString("sheet.signature")),
                    new float[] {0.08f, 0.47f, 0.45f}, rows, 30);
            w.gap(8);
            w.signatureBoxes(t.getString("sheet.trainerSignature"), t.getString("sheet.coordinatorSignature"),
                    t.getString("sheet.certify"));
        });
    }
}
