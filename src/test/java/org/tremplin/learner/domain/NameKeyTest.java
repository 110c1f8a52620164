package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @Test
    void accentsCaseAndHyphensFoldEqual() {
        assertEquals(NameKey.fold("elodie martin durand"), NameKey.fold("Élodie Martin-Durand"));
        assertEquals("elodie martin durand", NameKey.fold("Élodie Martin-Durand"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "D'Artagnan      | d artagnan",
            "O’Brien         | o brien",
            "\"  Anne   Marie  \" | anne marie",
            "Jean--Pierre    | jean pierre",
            "ÇÀÉÈÊËÎÏÔÙÛÜŸ   | caeeeeiiouuuy",
            "St. Jean_Baptiste | st jean baptiste"})
    void foldIgnoresPunctuationSpacingAndAccents(String input, String expected) {
        assertEquals(expected, NameKey.fold(input));
    }

    @Test
    void foldOfNullIsEmpty() {
        assertEquals("", NameKey.fold(null));
    }

    @Test
    void foldKeepsDifferentNamesDifferent() {
        assertNotEquals(NameKey.fold("Martin"), NameKey.fold("Martine"));
    }

    @Test
    void searchKeyHasBothNameOrders() {
        assertEquals("martin durand elodie | elodie martin durand",
                NameKey.searchKey("Élodie", "Martin-Durand"));
    }

    @Test
    void searchKeyWithMissingFirstNameHasNoStraySpaces() {
        assertEquals("martin | martin", NameKey.searchKey(null, "Martin"));
    }

    @Test
    void frenchLigaturesFoldToTheirLetters() {
        assertEquals(NameKey.fold("Laetitia Coeur"), NameKey.fold("Lætitia Cœur"));
    }
}
