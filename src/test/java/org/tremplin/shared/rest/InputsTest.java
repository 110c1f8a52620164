package org.tremplin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.learner.domain.Gender;

class InputsTest {

    private final Inputs inputs = new Inputs();

    private List<FieldError> errors() {
        return assertThrows(InvalidInputException.class, inputs::check).getErrors();
    }

    @Test
    void dateParsesIsoDates() {
        assertEquals(LocalDate.of(1990, 2, 28), inputs.date("birthDate", "1990-02-28"));
        assertEquals(LocalDate.of(2024, 2, 29), inputs.date("birthDate", " 2024-02-29 "));
        assertDoesNotThrow(inputs::check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990-02-30", "1990-13-01", "02/04/1990", "1990-2-4", "2023-02-29", "yesterday"})
    void impossibleOrBadlyWrittenDatesAreErrorsNamingTheField(String value) {
        assertNull(inputs.date("birthDate", value));
        List<FieldError> errors = errors();
        assertEquals(1, errors.size());
        assertEquals("birthDate", errors.get(0).field());
        assertTrue(errors.get(0).message().contains(value), errors.get(0).message());
    }

    @Test
    void blankDateOrChoiceIsNullWithoutError() {
        assertNull(inputs.date("birthDate", null));
        assertNull(inputs.date("birthDate", ""));
        assertNull(inputs.date("birthDate", "   "));
        assertNull(inputs.choice("gender", null, Gender.class));
        assertNull(inputs.choice("gender", " ", Gender.class));
        assertDoesNotThrow(inputs::check);
    }

    @Test
    void choiceIsCaseInsensitive() {
        assertEquals(Gender.WOMAN, inputs.choice("gender", "woman", Gender.class));
        assertEquals(Gender.NON_BINARY, inputs.choice("gender", " Non_Binary ", Gender.class));
        assertEquals(Gender.MAN, inputs.choice("gender", "MAN", Gender.class));
        assertDoesNotThrow(inputs::check);
    }

    @Test
    void unknownChoiceIsReportedWithTheAllowedValues() {
        assertNull(inputs.choice("gender", "female", Gender.class));
        List<FieldError> errors = errors();
        assertEquals(1, errors.size());
        assertEquals("gender", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("WOMAN"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("female"), errors.get(0).message());
    }

    @Test
    void requiredReportsMissingValue() {
        assertNull(inputs.required("lastName", null));
        assertEquals("Martin", inputs.required("firstName", "Martin"));
        assertEquals(List.of(new FieldError("lastName", "is required")), errors());
    }

    @Test
    void requiredDoesNotRepeatAFieldThatFailedToParse() {
        inputs.required("entryDate", inputs.date("entryDate", "2025-02-30"));
        List<FieldError> errors = errors();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().startsWith("must be a real date"), errors.get(0).message());
    }

    @Test
    void checkCollectsEveryError() {
        inputs.date("birthDate", "1990-13-01");
        inputs.choice("gender", "x", Gender.class);
        inputs.required("lastName", null);
        inputs.add("postcode", "must be five digits");
        assertEquals(List.of("birthDate", "gender", "lastName", "postcode"),
                errors().stream().map(FieldError::field).toList());
    }
}
