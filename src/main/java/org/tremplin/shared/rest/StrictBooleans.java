package org.tremplin.shared.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Yes/no parameters ({@code ?overdue=true}) take {@code true} or {@code false} only: anything else is a
 * 400, not silently "false" as {@link Boolean#valueOf} would read it.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    private static final ParamConverter<Boolean> BOXED = converter(null);
    private static final ParamConverter<Boolean> PRIMITIVE = converter(Boolean.FALSE);

    /** A converter giving {@code absent} for a missing or empty parameter (false for a primitive). */
    private static ParamConverter<Boolean> converter(Boolean absent) {
        return new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return absent;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new BadRequestException("A yes/no parameter takes true or false, got \""
                        + Inputs.shorten(value) + "\".");
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == boolean.class) {
            return (ParamConverter<T>) PRIMITIVE;
        }
        return rawType == Boolean.class ? (ParamConverter<T>) BOXED : null;
    }
}
