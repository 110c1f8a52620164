package org.tremplin.learner.domain;

/**
 * Fired (synchronously, in the erasure's transaction) when a learner is anonymised: whatever
 * holds free text about the person removes it (privacy.infrastructure.FreeTextErasure).
 */
public record PersonErased(long learnerId) {
}
