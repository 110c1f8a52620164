package org.tremplin.report.domain;

import java.io.Serializable;
import org.tremplin.learner.domain.Gender;

/**
 * A figure split as ESF+ reporting wants it: women, men, non-binary and the total (which also holds
 * the people whose gender is not recorded, so it can exceed the sum of the three).
 */
public record GenderCounts(long women, long men, long nonBinary, long total) {

    public static final GenderCounts ZERO = new GenderCounts(0, 0, 0, 0);

    public GenderCounts plus(Gender gender, long n) {
        return new GenderCounts(women + (gender == Gender.WOMAN ? n : 0), men + (gender == Gender.MAN ? n : 0),
                nonBinary + (gender == Gender.NON_BINARY ? n : 0), total + n);
    }

    public long of(Gender gender) {
        return switch (gender) {
            case WOMAN -> women;
            case MAN -> men;
            case NON_BINARY -> nonBinary;
        };
    }

    /** All cells shown: what coordinators and admins see. */
    public Disclosed disclosed() {
        return new Disclosed(women, men, nonBinary, total);
    }

    /**
     * What a funder may see: a gender cell below the threshold is masked (null); when that would leave
     * a single masked cell, the smallest other one is masked too, so that no masked cell can be worked
     * out from the total. The total is never masked.
     */
    public Disclosed disclosed(int threshold) {
        long[] cells = {women, men, nonBinary};
        boolean[] masked = new boolean[3];
        int count = 0;
        for (int i = 0; i < 3; i++) {
            masked[i] = cells[i] < threshold;
            count += masked[i] ? 1 : 0;
        }
        if (count == 1) {
            int smallest = -1;
            for (int i = 0; i < 3; i++) {
                if (!masked[i] && (smallest < 0 || cells[i] < cells[smallest])) {
                    smallest = i;
                }
            }
            masked[smallest] = true;
        }
        return new Disclosed(masked[0] ? null : women, masked[1] ? null : men, masked[2] ? null : nonBinary, total);
    }

    /** A figure as shown: a null cell is masked (too few people to be shown without risk). */
    public record Disclosed(Long women, Long men, Long nonBinary, long total) implements Serializable {
        public boolean isMasked() {
            return women == null || men == null || nonBinary == null;
        }
    }
}
