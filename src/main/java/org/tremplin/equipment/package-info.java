/** Lent equipment: items and their states, loans with their agreement and receipt, overdue reminders. */
package org.tremplin.equipment;
