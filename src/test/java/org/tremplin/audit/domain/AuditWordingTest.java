package org.tremplin.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An audit event's wording: stored as one text, read back whole, hashed without breaking older events. */
class AuditWordingTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 9, 15, 0, 123_000_000);

    @Test
    void aWordingIsReadBackAsItWasWrittenAndAValueCannotForgeAnotherValue() {
        AuditWording w = AuditWording.of("register", 35, 2);
        assertEquals(w, AuditWording.decode(w.encode()).orElseThrow());
        AuditWording tricky = AuditWording.of("entrySheetCorrected", "a\u001fb", "");
        assertEquals(List.of("a b", ""), AuditWording.decode(tricky.encode()).orElseThrow().args());
        assertEquals(AuditWording.of("tokenRevoked"), AuditWording.decode("tokenRevoked").orElseThrow());
        assertTrue(AuditWording.decode(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AuditWording.of("not a key"));
    }

    @Test
    void anEventWithoutAWordingKeepsTheHashItHadBeforeWordingsAndAWordingIsCoveredByTheHash() {
        AuditEvent.Pending old = new AuditEvent.Pending(AT, "coordinator", AuditAction.UPDATE, "Learner", 4L,
                "fields: email, phone");
        AuditEvent before = AuditEvent.next(0, AuditEvent.GENESIS, old);
        // computed with the formula of the first trail (length-prefixed fields, no wording)
        assertEquals("3c1a317d618a6282749bb30b781a4ca9ad51b3290789aa6c1c38868bef9aade3", before.hash());

        AuditEvent worded = AuditEvent.next(0, AuditEvent.GENESIS, new AuditEvent.Pending(AT, "coordinator",
                AuditAction.UPDATE, "Learner", 4L, "fields: email, phone", AuditWording.of("fields", "email, phone").encode()));
        assertNotEquals(before.hash(), worded.hash());
        assertEquals(worded.hash(), worded.expectedHash());
        AuditEvent edited = new AuditEvent(worded.seq(), worded.at(), worded.actor(), worded.action(), worded.targetType(),
                worded.targetId(), worded.detail(), AuditWording.of("fields", "phone").encode(), worded.prevHash(), worded.hash());
        assertNotEquals(edited.hash(), edited.expectedHash(), "an edited wording breaks the chain");
    }
}
