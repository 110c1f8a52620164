package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Writes workbooks (fastexcel underneath) and reads them back with Apache POI, as a spreadsheet program would. */
class XlsxWorkbookTest {

    private static final String TRICKY = "Léa Ébène & <Cie> \"dite\" 'Lili' – ✓";

    @Test
    void cellsReadBackWithTheirValuesAndTypes() throws IOException {
        XlsxWorkbook x = new XlsxWorkbook();
        x.sheet("Données").header(List.of("Nom", "Séances", "Taux", "Vide", "Note"))
                .row(Arrays.asList(TRICKY, 42, 85.5, null, "ligne 1\nligne 2\tfin"))
                .row(Arrays.asList("a\u0001b\u0000c\uFFFF", 7L, 3.14159, "", "x\ry"))
                .row(List.of("gros", new BigDecimal("1234567890123"), 12.0, 0.25, -0.04));

        try (XSSFWorkbook book = read(x.toBytes())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Données", sheet.getSheetName());

            Row header = sheet.getRow(0);
            assertEquals(List.of("Nom", "Séances", "Taux", "Vide", "Note"), texts(header));
            for (Cell cell : header) {
                assertTrue(bold(book, cell), cell.getAddress() + " is bold");
            }

            Row first = sheet.getRow(1);
            assertText(TRICKY, first.getCell(0));
            assertFalse(bold(book, first.getCell(0)), "data cells are not bold");
            assertNumber(42, first.getCell(1));
            assertNumber(85.5, first.getCell(2));
            assertNull(first.getCell(3), "null: no cell");
            assertText("ligne 1\nligne 2\tfin", first.getCell(4));

            Row second = sheet.getRow(2);
            assertText("abc", second.getCell(0));
            assertNumber(7, second.getCell(1));
            assertNumber(3.1, second.getCell(2));
            assertNull(second.getCell(3), "empty text: no cell");
            assertText("x\ry", second.getCell(4));

            Row third = sheet.getRow(3);
            assertNumber(1234567890123d, third.getCell(1));
            assertNumber(12, third.getCell(2));
            assertNumber(0.3, third.getCell(3));
            assertNumber(0, third.getCell(4));
        }
        String xml = part(x.toBytes(), "xl/worksheets/sheet1.xml");
        assertTrue(xml.contains("<v>42</v>") && xml.contains("<v>12</v>") && xml.contains("<v>1234567890123</v>"), xml);
        assertFalse(xml.contains(".0<"), "integers are written without .0: " + xml);
    }

    @Test
    void formulasStayText() throws IOException {
        XlsxWorkbook x = new XlsxWorkbook();
        x.sheet("S").header(List.of("=1+1"))
                .row(List.of("=HYPERLINK(\"x\")"))
                .row(List.of("-3"))
                .row(List.of(-3))
                .row(List.of("+33 6 12"))
                .row(List.of("@SUM(A1)"))
                .row(List.of("\t=1"))
                .row(List.of("\u0001=1"))
                .row(List.of("Jean-Pierre"));

        try (XSSFWorkbook book = read(x.toBytes())) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> expected = List.of("'=1+1", "'=HYPERLINK(\"x\")", "'-3", "", "'+33 6 12", "'@SUM(A1)", "'\t=1",
                    "'=1", "Jean-Pierre");
            for (int r = 0; r < expected.size(); r++) {
                if (r != 3) {
                    assertText(expected.get(r), sheet.getRow(r).getCell(0));
                }
            }
            assertNumber(-3, sheet.getRow(3).getCell(0));
        }
    }

    @Test
    void referencesAreRightBeyondTwentySixColumns() throws IOException {
        List<String> headers = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            headers.add("C" + i);
            values.add(i);
        }
        XlsxWorkbook x = new XlsxWorkbook();
        x.sheet("Large").header(headers).row(values);

        try (XSSFWorkbook book = read(x.toBytes())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(headers, texts(sheet.getRow(0)));
            for (int i = 0; i < 30; i++) {
                Cell cell = sheet.getRow(1).getCell(i);
                assertEquals(i, cell.getColumnIndex());
                assertNumber(i + 1, cell);
            }
            assertEquals("AD2", sheet.getRow(1).getCell(29).getAddress().formatAsString());
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        XlsxWorkbook x = new XlsxWorkbook();
        List<String> given = List.of("Bilan [2026]: a/b\\c*?", "Présences", "présences", "Présences",
                "Un titre de rapport beaucoup trop long pour Excel", "Un titre de rapport beaucoup trop long aussi",
                "''", "");
        List<String> expected = List.of("Bilan _2026__ a_b_c__", "Présences", "présences (2)", "Présences (3)",
                "Un titre de rapport beaucoup tr", "Un titre de rapport beaucou (2)", "Sheet", "Sheet (2)");
        for (String name : given) {
            x.sheet(name).row(List.of(name));
        }

        try (XSSFWorkbook book = read(x.toBytes())) {
            assertEquals(expected.size(), book.getNumberOfSheets());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), book.getSheetName(i));
                assertTrue(book.getSheetName(i).length() <= 31);
            }
            assertText("présences", book.getSheetAt(2).getRow(0).getCell(0));
        }
    }

    @Test
    void titleAndNotesSitAboveTheTable() throws IOException {
        XlsxWorkbook x = new XlsxWorkbook();
        x.sheet("T").title("Assiduité").note("Période : janvier").row(List.of()).header(List.of("Nom")).row(List.of("Léa"));

        try (XSSFWorkbook book = read(x.toBytes())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertText("Assiduité", sheet.getRow(0).getCell(0));
            assertTrue(bold(book, sheet.getRow(0).getCell(0)));
            assertText("Période : janvier", sheet.getRow(1).getCell(0));
            assertFalse(bold(book, sheet.getRow(1).getCell(0)));
            assertNull(sheet.getRow(2), "an empty row is left out");
            assertTrue(bold(book, sheet.getRow(3).getCell(0)));
            assertText("Léa", sheet.getRow(4).getCell(0));
        }
    }

    @Test
    void aWorkbookNeedsASheet() {
        assertThrows(IllegalStateException.class, () -> new XlsxWorkbook().toBytes());
    }

    static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static boolean bold(XSSFWorkbook book, Cell cell) {
        return book.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    static void assertText(String expected, Cell cell) {
        assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress() + " is text");
        assertEquals(expected, cell.getStringCellValue());
    }

    static void assertNumber(double expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress() + " is a number");
        assertEquals(expected, cell.getNumericCellValue());
    }

    /** One part of the zip, as text (read through the central directory, as spreadsheet programs do). */
    static String part(byte[] xlsx, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new AssertionError(name + " missing");
                }
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
