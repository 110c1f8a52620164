package org.tremplin.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.NumberConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * Which converters of the built views the start-up warm-up uses once per language ({@link WarmUpViews.Formats}); that
 * it finds them in the views and uses them is checked in the running app ({@code WebHardeningIT}).
 */
class WarmUpFormatsTest {

    @Test
    void eachKindOfDateAndNumberFormatIsKeptOnce() {
        WarmUpViews.Formats formats = new WarmUpViews.Formats();
        formats.add(date("localDate", "medium", null));
        formats.add(date("localDate", "medium", null)); // the same format on another page: once
        formats.add(date("localDate", "full", null));
        formats.add(date("localDateTime", "medium", "short"));
        formats.add(date("localDateTime", "short", "short"));
        NumberConverter percent = new NumberConverter();
        percent.setType("percent");
        formats.add(percent);
        NumberConverter euros = new NumberConverter();
        euros.setType("currency");
        euros.setCurrencyCode("EUR");
        formats.add(euros);
        formats.add(new IntegerConverter()); // no language data: not kept

        assertEquals(6, formats.size());
    }

    @Test
    void eachDateConverterIsGivenAValueOfItsType() {
        assertInstanceOf(LocalDate.class, WarmUpViews.Formats.sample("localDate"));
        assertInstanceOf(LocalTime.class, WarmUpViews.Formats.sample("localTime"));
        assertInstanceOf(LocalDateTime.class, WarmUpViews.Formats.sample("localDateTime"));
        assertInstanceOf(Date.class, WarmUpViews.Formats.sample("both"));
        assertInstanceOf(Date.class, WarmUpViews.Formats.sample(null));
    }

    private static DateTimeConverter date(String type, String dateStyle, String timeStyle) {
        DateTimeConverter converter = new DateTimeConverter();
        converter.setType(type);
        converter.setDateStyle(dateStyle);
        if (timeStyle != null) {
            converter.setTimeStyle(timeStyle);
        }
        return converter;
    }
}
