package org.tremplin.equipment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tremplin.shared.infrastructure.PdfWriter;

class LoanDocumentsTest {

    private final LoanDocuments documents = new LoanDocuments();

    private static LoanSheet open(Locale locale, String accessories) {
        return new LoanSheet(locale, "Synapse", "Lille – Fives", "Zoé N'Diaye-Łukasiewicz", "SYN-LIL-007", "Ordinateur portable",
                "Lenovo", "ThinkPad E14", "PF3X9K2", accessories, "Bon", LocalDate.of(2026, 9, 1), "Claire Coordinatrice",
                LocalDate.of(2027, 1, 29), null, null, null, null, null,
                PdfWriter.Letterhead.of("Synapse", "FEDER / Région Hauts-de-France", true, locale), null, null, null);
    }

    private static LoanSheet returned(Locale locale, boolean wiped) {
        LoanSheet s = open(locale, "Chargeur");
        return new LoanSheet(locale, s.programme(), s.site(), s.learnerName(), s.assetTag(), s.typeLabel(), s.make(),
                s.model(), s.serialNumber(), s.accessories(), s.conditionOutLabel(), s.outDate(), s.lentBy(), s.dueDate(),
                LocalDate.of(2027, 1, 20), "Abîmé", wiped, "Écran rayé", "Paul Accueil", s.letterhead(), null, null, null);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // lines wrap where they fit
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void frenchAgreementNamesTheLearnerTheItemAndTheDueDate() throws IOException {
        String text = text(documents.agreement(open(Locale.FRENCH, "Chargeur, housse")));
        assertTrue(text.contains("Convention de prêt de matériel"), text);
        assertTrue(text.contains("Zoé N'Diaye-Łukasiewicz"), text);
        assertTrue(text.contains("SYN-LIL-007"), text);
        assertTrue(text.contains("PF3X9K2"), text);
        assertTrue(text.contains("Lenovo ThinkPad E14"), text);
        assertTrue(text.contains("29 janvier 2027"), text);
        assertTrue(text.contains("Chargeur, housse"), text);
        assertTrue(text.contains("lu et approuvé"), text);
        assertFalse(text.contains("Rendu le"), "an agreement has no return section");
    }

    @Test
    void englishAgreementIsInEnglish() throws IOException {
        String text = text(documents.agreement(open(Locale.ENGLISH, null)));
        assertTrue(text.contains("Equipment loan agreement"), text);
        assertTrue(text.contains("January 29, 2027"), text);
        assertTrue(text.contains("The borrower"), text);
        assertTrue(text.contains("Accessories handed over —"), "no accessories print as a dash: " + text);
    }

    @Test
    void receiptStatesTheReturnAndWhetherDataWasWiped() throws IOException {
        String wiped = text(documents.receipt(returned(Locale.FRENCH, true)));
        assertTrue(wiped.contains("Reçu de restitution"), wiped);
        assertTrue(wiped.contains("20 janvier 2027"), wiped);
        assertTrue(wiped.contains("Effacement des données Oui"), wiped);
        assertTrue(wiped.contains("Écran rayé"), wiped);
        assertTrue(wiped.contains("Paul Accueil"), wiped);
        String kept = text(documents.receipt(returned(Locale.ENGLISH, false)));
        assertTrue(kept.contains("Personal data wiped No"), kept);
    }

    @Test
    void theAgreementStatesTheReplacementValueAndTheReceiptChecksEachAccessory() throws IOException {
        LoanSheet o = open(Locale.FRENCH, "Chargeur, housse");
        LoanSheet valued = new LoanSheet(o.locale(), o.programme(), o.site(), o.learnerName(), o.assetTag(), o.typeLabel(),
                o.make(), o.model(), o.serialNumber(), o.accessories(), o.conditionOutLabel(), o.outDate(), o.lentBy(),
                o.dueDate(), null, null, null, null, null, o.letterhead(), new java.math.BigDecimal("449.90"), null, null);
        String agreement = text(documents.agreement(valued));
        assertTrue(agreement.replace('\u202f', ' ').replace('\u00a0', ' ').contains("Valeur de remplacement 449,90 €"), agreement);
        assertFalse(text(documents.agreement(o)).contains("Valeur de remplacement"), "no value known, no line");

        LoanSheet back = new LoanSheet(o.locale(), o.programme(), o.site(), o.learnerName(), o.assetTag(), o.typeLabel(),
                o.make(), o.model(), o.serialNumber(), o.accessories(), o.conditionOutLabel(), o.outDate(), o.lentBy(),
                o.dueDate(), LocalDate.of(2027, 1, 20), "Bon", true, null, "Paul Accueil", o.letterhead(), null,
                java.util.List.of("Chargeur"), java.util.List.of("housse"));
        String receipt = text(documents.receipt(back));
        assertTrue(receipt.contains("Accessoires au retour"), receipt);
        assertTrue(receipt.contains("☑ Chargeur : rendu"), receipt);
        assertTrue(receipt.contains("☐ housse : manquant"), receipt);
        assertFalse(text(documents.receipt(returned(Locale.FRENCH, true))).contains("Accessoires au retour"),
                "no checklist for a loan given back before checklists");
    }

    @Test
    void noReceiptForALoanStillOpen() {
        assertThrows(IllegalArgumentException.class, () -> documents.receipt(open(Locale.FRENCH, null)));
    }

    @Test
    void longTextWrapsAndFlowsOntoASecondPage() throws IOException {
        String many = String.join(", ", Collections.nCopies(400, "câble USB-C"));
        byte[] pdf = documents.agreement(open(Locale.FRENCH, many));
        assertTrue(pages(pdf) >= 2, "the accessories list does not fit on one page");
        String text = text(pdf);
        assertTrue(text.contains("lu et approuvé"), "the signature boxes still print after the overflow");
        assertEquals(400, text.split("USB-C", -1).length - 1, "no accessory lost in wrapping across lines and pages");
    }

    @Test
    void theAgreementOfACoFundedProgrammeCarriesTheEuStatementAndTheFunderLineOnEveryPage() throws IOException {
        String agreement = text(documents.agreement(open(Locale.FRENCH, "Chargeur")));
        assertTrue(agreement.contains("Cofinancé par l’Union européenne"), agreement);
        assertTrue(agreement.contains("Synapse · FEDER / Région Hauts-de-France"), agreement);
        String english = text(documents.receipt(returned(Locale.ENGLISH, true)));
        assertTrue(english.contains("Co-funded by the European Union"), english);
    }
}
