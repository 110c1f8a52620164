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
    void aParameterThatOnlyStartsLikeTheSwitchStays() {
        assertEquals("language=en&langue=fr", LanguageSwitch.withoutSwitch("language=en&langue=fr"));
        assertEquals("id=5", LanguageSwitch.withoutSwitch("id=5&lang&&"));
    }
}
