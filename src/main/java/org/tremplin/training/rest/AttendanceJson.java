package org.tremplin.training.rest;

/** One line of a register: {@code PUT} takes learnerId and status; {@code GET} adds the names and minutes. */
public record AttendanceJson(Long learnerId, String firstName, String lastName, String status, Integer minutes) {
}
