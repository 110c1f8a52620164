package org.tremplin.learner.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where one purpose stands for a person today, read from the consent register: the newest entry for the
 * purpose decides (a later refusal ends an earlier agreement; a withdrawal ends the agreement it withdraws).
 * Nothing recorded is {@link State#NEVER_ASKED}, which is no consent.
 */
public record ConsentStatus(ConsentPurpose purpose, State state, LocalDate since, Consent entry) implements Serializable {

    public enum State {
        GIVEN, REFUSED, WITHDRAWN, NEVER_ASKED
    }

    /** The newest entry first: by the day it was given or refused, then by the order it was recorded in. */
    public static final Comparator<Consent> NEWEST_FIRST = Comparator.comparing(Consent::getGivenOn)
            .thenComparing(Consent::getId, Comparator.nullsLast(Comparator.naturalOrder())).reversed();

    /** The state of one purpose in a person's register. */
    public static ConsentStatus of(ConsentPurpose purpose, List<Consent> register) {
        return register.stream().filter(c -> c.getPurpose() == purpose).sorted(NEWEST_FIRST).findFirst()
                .map(c -> !c.isGiven() ? new ConsentStatus(purpose, State.REFUSED, c.getGivenOn(), c)
                        : c.getWithdrawnOn() != null ? new ConsentStatus(purpose, State.WITHDRAWN, c.getWithdrawnOn(), c)
                        : new ConsentStatus(purpose, State.GIVEN, c.getGivenOn(), c))
                .orElse(new ConsentStatus(purpose, State.NEVER_ASKED, null, null));
    }

    /** Every purpose, in the order of {@link ConsentPurpose}. */
    public static List<ConsentStatus> all(List<Consent> register) {
        return Arrays.stream(ConsentPurpose.values()).map(p -> of(p, register)).toList();
    }

    /** In force: the processing (or the contact) it covers may go on. */
    public boolean isInForce() {
        return state == State.GIVEN;
    }
}
