package org.tremplin.equipment.application;

import java.time.LocalDate;

/** One open loan in a reminder e-mail: who holds what, due when. */
public record ReminderLine(Long loanId, String learnerName, String assetTag, String typeLabel, LocalDate dueDate) {
}
