package org.tremplin.report.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tremplin.learner.domain.Gender;

/**
 * A figure split as ESF+ reporting wants it: women, men, non-binary and people whose gender is not
 * recorded. The four always add up to the total.
 */
public record GenderCounts(long women, long men, long nonBinary, long notRecorded) {

    public static final GenderCounts ZERO = new GenderCounts(0, 0, 0, 0);

    /** The cells of a row, in the order the report shows them; the total comes last. */
    public enum Cell {
        WOMEN("women"), MEN("men"), NON_BINARY("nonBinary"), NOT_RECORDED("notRecorded"), TOTAL("total");

        private final String key;

        Cell(String key) {
            this.key = key;
        }

        /** Its name in JSON and in the bundles' column keys. */
        public String key() {
            return key;
        }
    }

    public long total() {
        return women + men + nonBinary + notRecorded;
    }

    /** Adds people of a gender ({@code null}: not recorded). */
    public GenderCounts plus(Gender gender, long n) {
        return new GenderCounts(women + (gender == Gender.WOMAN ? n : 0), men + (gender == Gender.MAN ? n : 0),
                nonBinary + (gender == Gender.NON_BINARY ? n : 0), notRecorded + (gender == null ? n : 0));
    }

    public long of(Gender gender) {
        return gender == null ? notRecorded : switch (gender) {
            case WOMAN -> women;
            case MAN -> men;
            case NON_BINARY -> nonBinary;
        };
    }

    public long of(Cell cell) {
        return switch (cell) {
            case WOMEN -> women;
            case MEN -> men;
            case NON_BINARY -> nonBinary;
            case NOT_RECORDED -> notRecorded;
            case TOTAL -> total();
        };
    }

    /** All cells shown: what coordinators and admins see. */
    public Disclosed disclosed() {
        return disclose(Map.of());
    }

    /**
     * What a funder may see (docs/reports.md, "Small numbers"). A cell, total included, of 1 to
     * {@code threshold - 1} people is hidden as {@link Suppression#SMALL} (zero is shown: it is no one).
     * While the total is shown and a hidden small cell could be worked out from it and from what the
     * reasons tell (a small cell holds 1 to threshold - 1 people, a secondary one at least the threshold),
     * the smallest shown cell of at least {@code threshold} people is hidden too as
     * {@link Suppression#SECONDARY}; when none is left, the total is.
     */
    public Disclosed disclosed(int threshold) {
        Map<Cell, Suppression> hidden = new EnumMap<>(Cell.class);
        for (Cell cell : Cell.values()) {
            long n = of(cell);
            if (n >= 1 && n < threshold) {
                hidden.put(cell, Suppression.SMALL);
            }
        }
        while (!hidden.containsKey(Cell.TOTAL) && hidden.containsValue(Suppression.SMALL) && derivable(hidden, threshold)) {
            Cell next = null;
            for (Cell cell : Cell.values()) {
                if (cell != Cell.TOTAL && !hidden.containsKey(cell) && of(cell) >= threshold
                        && (next == null || of(cell) < of(next))) {
                    next = cell;
                }
            }
            hidden.put(next == null ? Cell.TOTAL : next, Suppression.SECONDARY);
        }
        return disclose(hidden);
    }

    /**
     * Whether a hidden small cell has a single possible value, given the total and the shown cells: each
     * hidden cell lies between its bounds (small: 1 to threshold - 1; secondary: threshold or more) and the
     * hidden cells add up to the total minus the shown ones.
     */
    private boolean derivable(Map<Cell, Suppression> hidden, int threshold) {
        long rest = total();
        long lows = 0;
        long highs = 0; // Long.MAX_VALUE once a secondary cell (unbounded) is hidden
        for (Cell cell : Cell.values()) {
            if (cell == Cell.TOTAL) {
                continue;
            }
            Suppression s = hidden.get(cell);
            if (s == null) {
                rest -= of(cell);
            } else {
                lows += s == Suppression.SMALL ? 1 : threshold;
                highs = s == Suppression.SMALL && highs != Long.MAX_VALUE ? highs + threshold - 1 : Long.MAX_VALUE;
            }
        }
        for (Cell cell : Cell.values()) {
            if (hidden.get(cell) != Suppression.SMALL || cell == Cell.TOTAL) {
                continue;
            }
            long othersLow = lows - 1;
            long othersHigh = highs == Long.MAX_VALUE ? Long.MAX_VALUE : highs - (threshold - 1);
            long low = othersHigh == Long.MAX_VALUE ? 1 : Math.max(1, rest - othersHigh);
            long high = Math.min(threshold - 1, rest - othersLow);
            if (low >= high) {
                return true;
            }
        }
        return false;
    }

    private Disclosed disclose(Map<Cell, Suppression> hidden) {
        Map<Cell, Long> shown = new EnumMap<>(Cell.class);
        for (Cell cell : Cell.values()) {
            shown.put(cell, hidden.containsKey(cell) ? null : of(cell));
        }
        Map<String, Suppression> reasons = new LinkedHashMap<>();
        hidden.forEach((cell, reason) -> reasons.put(cell.key(), reason));
        return new Disclosed(shown.get(Cell.WOMEN), shown.get(Cell.MEN), shown.get(Cell.NON_BINARY),
                shown.get(Cell.NOT_RECORDED), shown.get(Cell.TOTAL), Collections.unmodifiableMap(reasons));
    }

    /**
     * A figure as shown: a null cell is hidden, and {@code suppressed} says why, by cell key ("women", "men",
     * "nonBinary", "notRecorded", "total").
     */
    public record Disclosed(Long women, Long men, Long nonBinary, Long notRecorded, Long total,
            Map<String, Suppression> suppressed) implements Serializable {

        /** How a cell hidden to protect another reads (the usual mark of statistical offices). */
        public static final String SECONDARY_MARK = "s";

        public boolean isMasked() {
            return !suppressed.isEmpty();
        }

        public Long of(Cell cell) {
            return switch (cell) {
                case WOMEN -> women;
                case MEN -> men;
                case NON_BINARY -> nonBinary;
                case NOT_RECORDED -> notRecorded;
                case TOTAL -> total;
            };
        }

        /**
         * The cell as a report shows it: its number, "< threshold" when it is small, "s" when it is hidden to
         * protect another (the legend says so).
         */
        public Object label(Cell cell, int threshold) {
            Suppression reason = reason(cell);
            return reason == null ? of(cell) : reason == Suppression.SMALL ? "< " + threshold : SECONDARY_MARK;
        }

        /** Why a cell is hidden, or null when it is shown. */
        public Suppression reason(Cell cell) {
            return suppressed.get(cell.key());
        }
    }
}
