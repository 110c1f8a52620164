package org.tremplin.shared.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a printed paper writes it: "1er mars 2025", "15 mars 2025" in French, "1 March 2025" in English. */
public final class LongDates {

    private LongDates() {
    }

    public static String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String rest = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(date);
        boolean french = "fr".equals(locale.getLanguage());
        return (french && date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " " + rest;
    }
}
