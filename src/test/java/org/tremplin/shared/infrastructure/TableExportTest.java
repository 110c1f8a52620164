package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tremplin.shared.infrastructure.XlsxWorkbookTest.assertNumber;
import static org.tremplin.shared.infrastructure.XlsxWorkbookTest.assertText;
import static org.tremplin.shared.infrastructure.XlsxWorkbookTest.bold;
import static org.tremplin.shared.infrastructure.XlsxWorkbookTest.read;
import static org.tremplin.shared.infrastructure.XlsxWorkbookTest.texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final String LONG = "Une remarque assez longue pour tenir sur plusieurs lignes dans la première colonne "
            + "du tableau imprimé, jusqu'au dernier mot final";

    private static final ReportTable ATTENDANCE = new ReportTable("Assiduité 01/2026",
            List.of("Période : du 01/01/2026 au 31/01/2026", "Attention : deux séances sans feuille d'émargement"),
            List.of("Apprenant", "Présences", "Taux"),
            List.of(List.of("Léa Dupont", 12, 85.5),
                    Arrays.asList("=HYPERLINK(\"x\")", -3, null),
                    List.of(LONG, 0, 0.25)));

    private static final ReportTable SKILLS = new ReportTable("Compétences", List.of(),
            List.of("Compétence", "Acquise"), List.of(List.of("Traitement de texte", 4)));

    @Test
    void csvIsTheHeaderAndTheRowsAfterAByteOrderMark() {
        byte[] csv = TableExport.csv(ATTENDANCE);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("Apprenant;Présences;Taux\r\n"
                + "Léa Dupont;12;85.5\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\";-3;\r\n"
                + LONG + ";0;0.3\r\n", new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void xlsxHasASheetPerTableWithABoldHeaderRow() throws IOException {
        try (XSSFWorkbook book = read(TableExport.xlsx(ATTENDANCE, SKILLS))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals("Assiduité 01_2026", book.getSheetName(0));
            assertEquals("Compétences", book.getSheetName(1));

            XSSFSheet sheet = book.getSheetAt(0);
            assertText("Assiduité 01/2026", sheet.getRow(0).getCell(0));
            assertText("Période : du 01/01/2026 au 31/01/2026", sheet.getRow(1).getCell(0));
            Row header = headerRow(sheet, "Apprenant");
            assertEquals(List.of("Apprenant", "Présences", "Taux"), texts(header));
            header.forEach(cell -> assertTrue(bold(book, cell)));

            Row first = sheet.getRow(header.getRowNum() + 1);
            assertText("Léa Dupont", first.getCell(0));
            assertNumber(12, first.getCell(1));
            assertNumber(85.5, first.getCell(2));
            Row second = sheet.getRow(header.getRowNum() + 2);
            assertText("'=HYPERLINK(\"x\")", second.getCell(0));
            assertNumber(-3, second.getCell(1));

            XSSFSheet skills = book.getSheetAt(1);
            Row skillsHeader = headerRow(skills, "Compétence");
            assertNumber(4, skills.getRow(skillsHeader.getRowNum() + 1).getCell(1));
        }
    }

    @Test
    void pdfPrintsTitlesNotesAndEveryWordOfTheCells() throws IOException {
        byte[] pdf = TableExport.pdf("Tremplin · 29/11/2026", ATTENDANCE, SKILLS);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("Assiduité 01/2026", "Attention : deux séances", "Apprenant", "Léa Dupont",
                    "85.5", "-3", "=HYPERLINK(\"x\")", "Compétences", "Traitement de texte", "Tremplin · 29/11/2026", LONG)) {
                assertTrue(text.contains(expected), "\"" + expected + "\" in: " + text);
            }
        }
    }

    @Test
    void formatsKnowTheirContentTypesAndWrite() throws IOException {
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.contentType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.XLSX.contentType());
        assertEquals("application/pdf", ExportFormat.PDF.contentType());
        assertEquals(List.of("csv", "xlsx", "pdf"), Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList());

        assertArrayEquals(TableExport.csv(SKILLS), ExportFormat.CSV.write("pied", SKILLS));
        try (XSSFWorkbook book = read(ExportFormat.XLSX.write("pied", SKILLS))) {
            assertEquals("Compétences", book.getSheetName(0));
        }
        try (PDDocument doc = Loader.loadPDF(ExportFormat.PDF.write("pied", SKILLS))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("pied"));
        }
    }

    @Test
    void tablesAreImmutableAndHoldOnlyTextNumbersAndNulls() {
        List<Object> row = new ArrayList<>(List.of("a", 1));
        List<List<Object>> rows = new ArrayList<>(List.of(row));
        ReportTable table = new ReportTable("T", List.of(), List.of("A", "B"), rows);
        row.set(0, "changed");
        rows.add(List.of("b"));
        assertEquals(List.of(List.of("a", 1)), table.rows());
        assertThrows(UnsupportedOperationException.class, () -> table.rows().get(0).set(0, "x"));

        assertThrows(IllegalArgumentException.class,
                () -> new ReportTable("T", List.of(), List.of("A"), List.of(List.of(LocalDate.of(2026, 1, 1)))));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportTable("T", List.of(), List.of("A"), List.of(List.of("a", "b"))));
        assertThrows(IllegalArgumentException.class, () -> TableExport.xlsx());
    }

    /** The row whose first cell is the first heading, wherever the title and notes put it. */
    private static Row headerRow(XSSFSheet sheet, String firstHeading) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && firstHeading.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No header row starting with " + firstHeading);
    }

    @Test
    void aTableOfTheEsfSizeFitsOneLandscapePageUnderItsLetterhead() throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            rows.add(List.of(String.format("EECO%02d", i), "Participants exerçant un emploi, y compris indépendant, au terme de leur participation",
                    12, "< 5", "s", 0, 40, 160));
        }
        ReportTable esf = new ReportTable("Indicateurs FSE+ — Synapse", List.of("Période du 1er janvier 2026 au 31 décembre 2026",
                "Participant : présent au moins 2 jours différents", "Dossiers incomplets : 12 sur 68 (18 %)",
                "« < 5 » : moins de 5 personnes", "« s » : masquée pour protéger une autre"),
                List.of("Code", "Indicateur", "Femmes", "Hommes", "Non binaires", "Sexe non renseigné", "Total", "Objectif"), rows)
                .withLetterhead(PdfWriter.Letterhead.of("Synapse", "FEDER", true, java.util.Locale.FRENCH));
        try (PDDocument doc = Loader.loadPDF(TableExport.pdf("Tremplin", esf))) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Cofinancé par l’Union européenne") && text.contains("Synapse · FEDER"), text);
        }
    }
}
