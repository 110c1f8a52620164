package org.tremplin.training.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.Learner;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.domain.TrainingSession;

class AttendanceSheetsTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void oneLinePerLearnerTheHalfDayAndTheAbsencesAlreadyKnown() throws IOException {
        Site site = new Site("Centre social Lille-Sud", "Lille");
        Cohort cohort = new Cohort(new Programme("Synapse", "FEDER", DAY.minusYears(1), DAY.plusYears(1)), site,
                "Démarches en ligne", DAY.minusMonths(1), DAY.plusMonths(2), 60);
        TrainingSession s = new TrainingSession(cohort, DAY, LocalTime.of(14, 0), LocalTime.of(17, 0), "trainer", "Salle 2",
                "Créer une adresse e-mail", List.of());
        List<Learner> members = new ArrayList<>();
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            Learner l = new Learner("Prénom" + i, "Nom" + i, site);
            members.add(l);
        }
        byte[] pdf = new AttendanceSheets().sheet(s, members, marks, "Julien Formateur", Locale.FRENCH);
        String text = text(pdf);
        assertTrue(text.contains("Feuille d'émargement"), text);
        assertTrue(text.contains("mardi 6 octobre 2026"), text);
        assertTrue(text.contains("Après-midi, 14:00 – 17:00"), text);
        assertTrue(text.contains("Julien Formateur"), text);
        for (int i = 0; i < 40; i++) {
            assertTrue(text.contains("NOM" + i + " Prénom" + i + " "), "line of learner " + i);
        }
        assertTrue(pages(pdf) >= 2, "40 signature lines do not fit on one page");
        assertTrue(text.contains("Le formateur"), "the trainer signs at the end");
        String english = text(new AttendanceSheets().sheet(s, members.subList(0, 2), marks, "J", Locale.ENGLISH));
        assertTrue(english.contains("Attendance sheet") && english.contains("Afternoon"), english);
    }
}
