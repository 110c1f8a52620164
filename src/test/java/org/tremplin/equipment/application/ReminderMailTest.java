package org.tremplin.equipment.application;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReminderMailTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static final List<ReminderLine> LINES = List.of(
            new ReminderLine(12L, "Inès Martin", "SYN-LIL-004", "Tablette", TODAY.plusDays(3)),
            new ReminderLine(7L, "Karim Benali", "SYN-ROU-002", "Routeur 4G", TODAY.minusDays(1)),
            new ReminderLine(9L, "Zoé Leroy", "SYN-LIL-010", "Ordinateur portable", TODAY.minusDays(15)));

    @Test
    void nothingToRemindSendsNothing() {
        assertNull(ReminderMail.compose(Locale.FRENCH, "Claire", "http://x", TODAY, List.of()));
    }

    @Test
    void overdueLoansComeFirstMostLateFirstThenThoseDueSoon() {
        ReminderMail.Message m = ReminderMail.compose(Locale.FRENCH, "Claire", "https://tremplin.example.org/", TODAY, LINES);
        assertTrue(m.subject().contains("2 prêts en retard"), m.subject());
        assertTrue(m.subject().contains("1 à rendre cette semaine"), m.subject());
        String body = m.body();
        assertTrue(body.startsWith("Bonjour Claire,"), body);
        int zoe = body.indexOf("SYN-LIL-010");
        int karim = body.indexOf("SYN-ROU-002");
        int ines = body.indexOf("SYN-LIL-004");
        assertTrue(zoe > 0 && zoe < karim && karim < ines, body);
        assertTrue(body.contains("15 jours de retard"), body);
        assertTrue(body.contains("1 jour de retard"), body);
        assertTrue(body.contains("https://tremplin.example.org/equipment/loan.xhtml?id=9"), body);
        assertTrue(body.contains("https://tremplin.example.org/equipment/loans.xhtml?overdue=true"), body);
    }

    @Test
    void englishReader() {
        ReminderMail.Message m = ReminderMail.compose(Locale.ENGLISH, "Claire", "http://h", TODAY, LINES.subList(0, 1));
        assertTrue(m.subject().startsWith("Tremplin: no overdue loan, 1 due this week"), m.subject());
        assertTrue(m.body().contains("SYN-LIL-004 (Tablette) held by Inès Martin, due on December 1, 2026"), m.body());
    }
}
