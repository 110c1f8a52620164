package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.shared.infrastructure.CsvReader;

class CsvReaderTest {

    @Test
    void windows1252AndUtf8WithBomBothDecode() {
        byte[] cp1252 = "Dupré;Zoé".getBytes(CsvReader.WINDOWS_1252);
        assertEquals("Dupré;Zoé", CsvReader.decode(cp1252));
        byte[] utf8 = "Dupré;Zoé".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals("Dupré;Zoé", CsvReader.decode(bom));
        assertEquals("Dupré;Zoé", CsvReader.decode(utf8));
    }

    @Test
    void theSeparatorIsTheMostFrequentOfTheHeaderLine() {
        assertEquals(';', CsvReader.separator("nom;prenom;naissance\na,b;c;d"));
        assertEquals(',', CsvReader.separator("nom,prenom\n"));
        assertEquals('\t', CsvReader.separator("nom\tprenom\tdate\n"));
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksAndRowsKeepTheirLine() {
        List<CsvReader.Row> rows = CsvReader.parse("nom;note\r\n\"Martin; Jr\";\"dit \"\"Bob\"\"\nsur deux lignes\"\r\nDurand;ok");
        assertEquals(3, rows.size());
        assertEquals(List.of("Martin; Jr", "dit \"Bob\"\nsur deux lignes"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line(), "the quoted line break moves the next record down");
        assertEquals("ok", rows.get(2).cell(1));
        assertEquals("", rows.get(2).cell(7), "a missing cell reads as empty");
    }
}
