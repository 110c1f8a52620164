package org.tremplin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Control characters in a JSON body, raw or escaped, are found; tabs, line breaks and "\\u0000" as text are not. */
class ControlCharactersTest {

    @Test
    void anEscapedNulIsFound() {
        assertEquals("\\u0000", ControlCharacters.find("{\"name\":\"a\\u0000b\"}"));
        assertEquals("\\u001b", ControlCharacters.find("{\"name\":\"\\u001B[31m\"}"));
        assertEquals("\\u007f", ControlCharacters.find("{\"name\":\"\\u007f\"}"));
    }

    @Test
    void aRawControlCharacterIsFound() {
        assertEquals("\\u0007", ControlCharacters.find("{\"name\":\"bell\u0007\"}"));
    }

    @Test
    void tabsLineBreaksAndAnEscapedBackslashAreFine() {
        assertNull(ControlCharacters.find("{\n\t\"note\": \"line\\nnext\\tcol\\r\"\r\n}"));
        assertNull(ControlCharacters.find("{\"note\":\"C:\\\\u0000 is a path\"}"));
        assertNull(ControlCharacters.find("{\"name\":\"Zoë \\u00e9\"}"));
    }
}
