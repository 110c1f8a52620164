package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    @Test
    void formulasAreNeutralised() {
        for (String formula : new String[] {"=1+1", "+33", "-3", "@cmd", "\tx", "\rx"}) {
            assertEquals("'" + formula, Spreadsheets.neutralise(formula));
        }
        assertEquals("Jean-Pierre", Spreadsheets.neutralise("Jean-Pierre"));
        assertEquals("", Spreadsheets.neutralise(""));
        assertNull(Spreadsheets.neutralise(null));
    }

    @Test
    void numbersArePlainWithAtMostOneDecimal() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertEquals("12", Spreadsheets.format(12));
            assertEquals("-3", Spreadsheets.format(-3L));
            assertEquals("12", Spreadsheets.format(12.0));
            assertEquals("85.5", Spreadsheets.format(85.5));
            assertEquals("3.1", Spreadsheets.format(3.14159));
            assertEquals("0.2", Spreadsheets.format(0.15));
            assertEquals("0.3", Spreadsheets.format(0.25f));
            assertEquals("0", Spreadsheets.format(-0.04));
            assertEquals("1000", Spreadsheets.format(1e3));
            assertEquals("12345678901234567890", Spreadsheets.format(new BigInteger("12345678901234567890")));
            assertEquals("1500", Spreadsheets.format(new BigDecimal("1.5E+3")));
            assertEquals("NaN", Spreadsheets.format(Double.NaN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onlyFiniteNumbersAreNumbers() {
        assertTrue(Spreadsheets.isNumber(1));
        assertTrue(Spreadsheets.isNumber(2.5));
        assertFalse(Spreadsheets.isNumber(Double.NaN));
        assertFalse(Spreadsheets.isNumber(Double.NEGATIVE_INFINITY));
        assertFalse(Spreadsheets.isNumber("1"));
        assertFalse(Spreadsheets.isNumber(null));
    }
}
