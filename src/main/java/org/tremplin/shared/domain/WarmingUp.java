package org.tremplin.shared.domain;

/**
 * A CDI event: the start-up warm-up (shared.web.StartupWarmUp) asks each feature to run once, in the app, what its
 * main pages read and that the warm-up's own requests cannot (their caller sees no one): the statements and the
 * building of the records from their rows, cold after a start. Observers read and drop; nothing is written, shown or
 * sent, and no one's record is kept but in the persistence cache, as any page would leave it.
 */
public record WarmingUp() {
}
