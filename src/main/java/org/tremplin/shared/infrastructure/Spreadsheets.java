package org.tremplin.shared.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules every file meant for a spreadsheet follows (the CSV and .xlsx exports), kept in one place
 * so that the formats cannot drift apart: which text must be defused before a spreadsheet opens it,
 * and how a number is written.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * Formula injection: text that a spreadsheet would evaluate (beginning with = + - @, a tab or a
     * carriage return) gets a leading ' so that it stays text. Null and empty text are returned as they are.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /**
     * Whether a cell is written as a number: a {@link Number} with a finite value. NaN and the
     * infinities are not numbers a spreadsheet can hold; they are written as text.
     */
    public static boolean isNumber(Object value) {
        return value instanceof Number n && decimal(n) != null;
    }

    /**
     * A number as plain text, whatever the user's locale: digits, '.' as decimal point, no grouping,
     * no exponent; integers without decimals, other values rounded half up to one decimal place
     * (12, -3, 85.5, 0.3). Not finite: the number's own {@code toString()}.
     */
    public static String format(Number value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return value.toString();
        }
        return d.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The exact value; from the shortest decimal text for a double, so that 0.15 rounds to 0.2. Null if not finite. */
    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
    }
}
