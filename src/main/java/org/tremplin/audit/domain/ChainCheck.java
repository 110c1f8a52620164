package org.tremplin.audit.domain;

import java.io.Serializable;

/**
 * The result of checking the audit chain: how many events were checked and, when it is broken, the
 * first event that does not fit and why.
 */
public record ChainCheck(long checked, Long brokenAt, String reason) implements Serializable {

    public boolean isIntact() {
        return brokenAt == null;
    }

    /** Checks events in sequence order, one at a time (the trail may be long), against the recorded head. */
    public static final class Verifier {
        private long checked;
        private long lastSeq;
        private String lastHash = AuditEvent.GENESIS;
        private ChainCheck broken;

        /** Takes the next event; returns false once the chain is known to be broken. */
        public boolean accept(AuditEvent e) {
            if (broken != null) {
                return false;
            }
            if (e.seq() != lastSeq + 1) {
                broken = new ChainCheck(checked, lastSeq + 1, "missing event: expected number " + (lastSeq + 1)
                        + ", found " + e.seq());
            } else if (!e.prevHash().equals(lastHash)) {
                broken = new ChainCheck(checked, e.seq(), "does not follow the event before it (previous hash differs)");
            } else if (!e.expectedHash().equals(e.hash())) {
                broken = new ChainCheck(checked, e.seq(), "its content was changed after it was written (hash differs)");
            } else {
                checked++;
                lastSeq = e.seq();
                lastHash = e.hash();
                return true;
            }
            return false;
        }

        /** The verdict, given the head (last number and hash) the trail recorded. */
        public ChainCheck finish(long headSeq, String headHash) {
            if (broken != null) {
                return broken;
            }
            if (headSeq != lastSeq || !headHash.equals(lastHash)) {
                return new ChainCheck(checked, lastSeq + 1, "the trail ends at number " + lastSeq
                        + " but " + headSeq + " events were written (events removed from the end)");
            }
            return new ChainCheck(checked, null, null);
        }
    }
}
