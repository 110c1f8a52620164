package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateValidatorTest {

    private final BirthDate.Validator validator = new BirthDate.Validator();
    private final LocalDate today = LocalDate.now();

    @Test
    void nullIsAccepted() {
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void ordinaryDateIsAccepted() {
        assertTrue(validator.isValid(LocalDate.of(1990, 4, 2), null));
        assertTrue(validator.isValid(today.minusDays(1), null));
        assertTrue(validator.isValid(today.minusYears(119), null));
    }

    @Test
    void futureDateIsRefused() {
        assertFalse(validator.isValid(today.plusDays(1), null));
    }

    @Test
    void todayIsRefused() {
        assertFalse(validator.isValid(today, null));
    }

    @Test
    void moreThanOneHundredTwentyYearsAgoIsRefused() {
        assertFalse(validator.isValid(today.minusYears(120).minusDays(1), null));
        assertFalse(validator.isValid(LocalDate.of(1800, 1, 1), null));
    }
}
