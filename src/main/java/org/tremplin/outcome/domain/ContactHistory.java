package org.tremplin.outcome.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The attempts made to reach a person for one follow-up, and where that leaves it. The follow-up is
 * {@link State#UNREACHABLE} once the last {@code limit} attempts all failed to reach the person (a reach
 * starts the count again: they answered, then went silent); then the observation can be recorded as
 * unknown, which is what the ESF+ report counts for people who could not be reached.
 */
public record ContactHistory(List<Try> tries, int limit) implements Serializable {

    /** Where a follow-up stands. */
    public enum State { NOT_TRIED, TRYING, REACHED, UNREACHABLE }

    /** An attempt reduced to what the rule needs. */
    public record Try(LocalDateTime at, boolean reached) implements Serializable {
    }

    public ContactHistory {
        if (limit < 1) {
            throw new IllegalArgumentException("The number of attempts before 'unreachable' must be 1 or more: " + limit);
        }
        tries = tries.stream().sorted(Comparator.comparing(Try::at)).toList();
    }

    public static ContactHistory of(List<ContactAttempt> attempts, int limit) {
        return new ContactHistory(attempts.stream().map(a -> new Try(a.getAttemptedAt(), a.isReached())).toList(), limit);
    }

    public State state() {
        if (tries.isEmpty()) {
            return State.NOT_TRIED;
        }
        int failedSinceReached = failedSinceLastReach();
        if (failedSinceReached >= limit) {
            return State.UNREACHABLE;
        }
        return failedSinceReached == 0 ? State.REACHED : State.TRYING;
    }

    /** The attempts that failed since the person was last reached (all of them if never). */
    public int failedSinceLastReach() {
        int count = 0;
        for (int i = tries.size() - 1; i >= 0 && !tries.get(i).reached(); i--) {
            count++;
        }
        return count;
    }

    public int count() {
        return tries.size();
    }

    /** The latest attempt, or null. */
    public Try last() {
        return tries.isEmpty() ? null : tries.get(tries.size() - 1);
    }

    public boolean isUnreachable() {
        return state() == State.UNREACHABLE;
    }
}
