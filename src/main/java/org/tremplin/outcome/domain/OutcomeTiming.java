package org.tremplin.outcome.domain;

import java.time.LocalDate;

/**
 * When a situation is observed: at exit (within four weeks of leaving) or six months after exit
 * (from four weeks before the six-month date to three months after it).
 */
public enum OutcomeTiming {
    AT_EXIT, SIX_MONTHS;

    /** The day the observation is due for a given exit date. */
    public LocalDate dueOn(LocalDate exitDate) {
        return this == AT_EXIT ? exitDate : exitDate.plusMonths(6);
    }

    public LocalDate windowStart(LocalDate exitDate) {
        return this == AT_EXIT ? exitDate : dueOn(exitDate).minusWeeks(4);
    }

    public LocalDate windowEnd(LocalDate exitDate) {
        return this == AT_EXIT ? exitDate.plusWeeks(4) : dueOn(exitDate).plusMonths(3);
    }

    public boolean accepts(LocalDate exitDate, LocalDate observedOn) {
        return !observedOn.isBefore(windowStart(exitDate)) && !observedOn.isAfter(windowEnd(exitDate));
    }
}
