package org.tremplin.equipment.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of the daily reminder to a coordinator: the overdue loans first (most late first),
 * then those due soon, each with a link to its page. Plain text, in the reader's language.
 */
public final class ReminderMail {

    static final String BUNDLE = "org.tremplin.i18n.mail";

    public record Message(String subject, String body) {
    }

    private ReminderMail() {
    }

    /** The message, or {@code null} when there is nothing to remind. */
    public static Message compose(Locale locale, String name, String baseUrl, LocalDate today, List<ReminderLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<ReminderLine> sorted = lines.stream().sorted(Comparator.comparing(ReminderLine::dueDate)
                .thenComparing(ReminderLine::assetTag)).toList();
        List<ReminderLine> overdue = sorted.stream().filter(l -> l.dueDate().isBefore(today)).toList();
        List<ReminderLine> soon = sorted.stream().filter(l -> !l.dueDate().isBefore(today)).toList();
        String link = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;

        StringBuilder body = new StringBuilder();
        body.append(format(text, locale, "reminder.greeting", name)).append("\n\n");
        if (!overdue.isEmpty()) {
            body.append(format(text, locale, "reminder.overdue", overdue.size())).append('\n');
            for (ReminderLine l : overdue) {
                long late = ChronoUnit.DAYS.between(l.dueDate(), today);
                body.append(format(text, locale, "reminder.overdueLine", l.assetTag(), l.typeLabel(), l.learnerName(),
                        dates.format(l.dueDate()), late, link + "/equipment/loan.xhtml?id=" + l.loanId())).append('\n');
            }
            body.append('\n');
        }
        if (!soon.isEmpty()) {
            body.append(format(text, locale, "reminder.soon", soon.size())).append('\n');
            for (ReminderLine l : soon) {
                body.append(format(text, locale, "reminder.soonLine", l.assetTag(), l.typeLabel(), l.learnerName(),
                        dates.format(l.dueDate()), link + "/equipment/loan.xhtml?id=" + l.loanId())).append('\n');
            }
            body.append('\n');
        }
        body.append(format(text, locale, "reminder.list", link + "/equipment/loans.xhtml?overdue=true")).append("\n\n");
        body.append(text.getString("reminder.signature")).append('\n');
        String subject = format(text, locale, "reminder.subject", overdue.size(), soon.size(), dates.format(today));
        return new Message(subject, body.toString());
    }

    private static String format(ResourceBundle text, Locale locale, String key, Object... args) {
        return new MessageFormat(text.getString(key), locale).format(args);
    }
}
