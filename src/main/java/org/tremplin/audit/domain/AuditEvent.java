package org.tremplin.audit.domain;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the audit trail, chained to the one before it: its hash covers every field and the
 * previous event's hash, so changing, removing or inserting an event breaks the chain from there on.
 * Times are UTC, to the millisecond (what every database keeps exactly).
 */
public record AuditEvent(long seq, LocalDateTime at, String actor, AuditAction action, String targetType,
        Long targetId, String detail, String wording, String prevHash, String hash) implements Serializable {

    /** The hash before the first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    /** The event that follows {@code prevSeq}/{@code prevHash}, with its hash computed. */
    public static AuditEvent next(long prevSeq, String prevHash, Pending pending) {
        LocalDateTime at = pending.at().truncatedTo(ChronoUnit.MILLIS);
        long seq = prevSeq + 1;
        return new AuditEvent(seq, at, pending.actor(), pending.action(), pending.targetType(), pending.targetId(),
                pending.detail(), pending.wording(), prevHash, hashOf(seq, at, pending.actor(), pending.action(),
                        pending.targetType(), pending.targetId(), pending.detail(), pending.wording(), prevHash));
    }

    /** The hash this event's fields call for; differs from {@link #hash()} once a field was edited. */
    public String expectedHash() {
        return hashOf(seq, at, actor, action, targetType, targetId, detail, wording, prevHash);
    }

    /** The wording is hashed after the other fields, and only when there is one: older events keep their hash. */
    static String hashOf(long seq, LocalDateTime at, String actor, AuditAction action, String targetType,
            Long targetId, String detail, String wording, String prevHash) {
        StringBuilder canonical = new StringBuilder();
        Object[] fields = wording == null
                ? new Object[] {seq, at == null ? null : TIME.format(at), actor, action, targetType, targetId, detail, prevHash}
                : new Object[] {seq, at == null ? null : TIME.format(at), actor, action, targetType, targetId, detail, prevHash,
                    wording};
        for (Object field : fields) {
            // length-prefixed, so that no two different field lists read the same
            String text = field == null ? "" : field.toString();
            canonical.append(field == null ? -1 : text.length()).append(':').append(text).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** An event waiting for its place in the chain. */
    public record Pending(LocalDateTime at, String actor, AuditAction action, String targetType, Long targetId,
            String detail, String wording) {

        public Pending {
            actor = actor == null || actor.isBlank() ? "system" : cut(actor, 100);
            detail = detail == null ? null : cut(detail, 1000);
            wording = wording == null ? null : cut(wording, 1000);
        }

        public Pending(LocalDateTime at, String actor, AuditAction action, String targetType, Long targetId, String detail) {
            this(at, actor, action, targetType, targetId, detail, null);
        }

        private static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max);
        }
    }
}
