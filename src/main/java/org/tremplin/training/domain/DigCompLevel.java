package org.tremplin.training.domain;

/**
 * The eight DigComp 2.2 proficiency levels and their four bands (shared/data/digcomp-levels.csv):
 * 1–2 foundation, 3–4 intermediate, 5–6 advanced, 7–8 highly specialised.
 */
public enum DigCompLevel {
    FOUNDATION, INTERMEDIATE, ADVANCED, HIGHLY_SPECIALISED;

    public static final int MIN = 1;
    public static final int MAX = 8;

    public static boolean isValid(Integer level) {
        return level != null && level >= MIN && level <= MAX;
    }

    /** The band of a level 1–8. */
    public static DigCompLevel bandOf(int level) {
        if (!isValid(level)) {
            throw new IllegalArgumentException("A DigComp level is between 1 and 8, not " + level);
        }
        return values()[(level - 1) / 2];
    }
}
