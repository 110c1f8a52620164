package org.tremplin.training.rest;

/**
 * One line of a register. {@code PUT} takes learnerId and status, and optionally remark ("" clears it; absent keeps
 * it), clientId (the client's id for this mark: sent again, it changes nothing) and seenAt (when the client read the
 * register: a line someone else changed since is a conflict, 409 with the lines in {@code conflicts}). {@code GET}
 * adds the names, the minutes, and who marked the line when.
 */
public record AttendanceJson(Long learnerId, String firstName, String lastName, String status, Integer minutes,
        String remark, String clientId, String seenAt, String markedBy, String markedAt) {
}
