package org.tremplin.programme.domain;

/**
 * Fired in the transaction that changes a programme's participation rule (its minimum days of attendance):
 * what was kept from the old rule must be computed again.
 */
public record ParticipationRuleChanged(long programmeId) {
}
