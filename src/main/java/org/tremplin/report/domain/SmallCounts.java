package org.tremplin.report.domain;

/**
 * The rule for any single count a funder sees outside the ESF+ table (dashboards, cohorts, DigComp,
 * equipment): 1 to threshold - 1 people is hidden, as is anything computed from so few people (an
 * average level, an attendance rate). Zero is shown. A threshold of 0 shows everything (coordinators).
 */
public final class SmallCounts {

    private SmallCounts() {
    }

    public static boolean isSmall(long count, int threshold) {
        return count >= 1 && count < threshold;
    }

    /** The count, or null when it is small. */
    public static Long shown(long count, int threshold) {
        return isSmall(count, threshold) ? null : count;
    }

    /** A figure computed from {@code count} people, or null when they are too few. */
    public static Double shown(Double value, long count, int threshold) {
        return isSmall(count, threshold) ? null : value;
    }
}
