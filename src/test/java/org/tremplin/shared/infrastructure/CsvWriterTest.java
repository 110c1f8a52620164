package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsAreSeparatedBySemicolonsAndRowsByCrLf() {
        String csv = new CsvWriter().row("Nom", "Prénom").row("Dupont", "Léa").toString();
        assertEquals("Nom;Prénom\r\nDupont;Léa\r\n", csv);
    }

    @Test
    void nullAndEmptyCellsAreEmpty() {
        assertEquals(";;x\r\n", new CsvWriter().row(null, "", "x").toString());
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a;b\"", CsvWriter.cell("a;b"));
        assertEquals("\"dit \"\"Jo\"\"\"", CsvWriter.cell("dit \"Jo\""));
        assertEquals("\"ligne 1\nligne 2\"", CsvWriter.cell("ligne 1\nligne 2"));
        assertEquals("\"a\r\nb\"", CsvWriter.cell("a\r\nb"));
        assertEquals("a,b", CsvWriter.cell("a,b"), "a comma is no separator here");
    }

    @Test
    void formulasAreNeutralised() {
        assertEquals("'=SUM(A1:A2)", CsvWriter.cell("=SUM(A1:A2)"));
        assertEquals("'+33 6 12", CsvWriter.cell("+33 6 12"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@cmd", CsvWriter.cell("@cmd"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.cell("\rx"), "neutralised, then quoted for its line break");
        assertEquals("\"'=1;2\"", CsvWriter.cell("=1;2"));
        assertEquals("Jean-Pierre", CsvWriter.cell("Jean-Pierre"), "only the first character counts");
        assertEquals("2026-01-02", CsvWriter.cell("2026-01-02"));
    }

    @Test
    void numbersArePlainAndNotNeutralised() {
        assertEquals("-3;12;85.5;'-3;;NaN\r\n",
                new CsvWriter().row(Arrays.asList(-3, 12.0, 85.5, "-3", null, Double.NaN)).toString());
        assertEquals("'-Infinity", CsvWriter.cell(Double.NEGATIVE_INFINITY), "not a number: text, neutralised");
    }

    @Test
    void bytesAreUtf8WithAByteOrderMark() {
        byte[] bytes = new CsvWriter().row("é").toBytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("é\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
}
