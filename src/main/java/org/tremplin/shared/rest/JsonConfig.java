package org.tremplin.shared.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The API's JSON-B: the defaults, except that a whole-number field (hours, days, a level) refuses
 * 2.5 instead of quietly keeping 2, and a number too big for it, so that the caller learns of it (400).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumbers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Integers as written: 3 or "3", never 2.5, 1e20 or "three". */
    public static class WholeNumbers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            try {
                if (value instanceof JsonNumber n && n.isIntegral()) {
                    return n.intValueExact();
                }
                if (value instanceof JsonString s) {
                    return Integer.valueOf(s.getString().strip());
                }
            } catch (ArithmeticException | NumberFormatException e) {
                throw new JsonbException("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + " is expected, got " + value, e);
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("a whole number is expected, got " + value);
        }
    }
}
