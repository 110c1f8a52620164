package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void theSwitchIsTakenOutOfTheAddressAndEveryOtherParameterKeptInItsOrder() {
        assertEquals("page=2&q=Mart", LanguageSwitch.withoutSwitch("page=2&lang=en&q=Mart"));
        assertEquals("page=2", LanguageSwitch.withoutSwitch("lang=fr&page=2&lang=en"));
        assertEquals("", LanguageSwitch.withoutSwitch("lang=en"));
        assertEquals("", LanguageSwitch.withoutSwitch(null));
        assertEquals("", LanguageSwitch.withoutSwitch(""));
    }

    @Test
    void onlyALanguageTheAppHasIsASwitch() {
        assertEquals("en", LanguageSwitch.switchIn("page=2&lang=en"));
        assertEquals("fr", LanguageSwitch.switchIn("lang=fr"));
        assertEquals(null, LanguageSwitch.switchIn("lang=de&page=2"));
        assertEquals(null, LanguageSwitch.switchIn("language=en"));
        assertEquals(null, LanguageSwitch.switchIn(null));
    }

    @Test
    void aParameterThatOnlyStartsLikeTheSwitchStays() {
        assertEquals("language=en&langue=fr", LanguageSwitch.withoutSwitch("language=en&langue=fr"));
        assertEquals("id=5", LanguageSwitch.withoutSwitch("id=5&lang&&"));
    }
}
