package org.tremplin.audit.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an audit event says, in no language yet: a key of the messages bundle ({@code audit.text.<key>}) and
 * the values it names. Stored as one text, the key then each value after a unit separator (U+001F).
 */
public record AuditWording(String key, List<String> args) {

    private static final String SEPARATOR = "\u001f";

    public AuditWording {
        if (key == null || !key.matches("[a-zA-Z][a-zA-Z0-9.]*")) {
            throw new IllegalArgumentException("An audit wording key is a bundle key suffix: " + key);
        }
        args = List.copyOf(args);
    }

    public static AuditWording of(String key, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object a : args) {
            texts.add(a == null ? "" : a.toString().replace(SEPARATOR, " "));
        }
        return new AuditWording(key, texts);
    }

    public String encode() {
        return args.isEmpty() ? key : key + SEPARATOR + String.join(SEPARATOR, args);
    }

    /** The wording of a stored event; empty for one recorded before wordings (its detail is English only). */
    public static Optional<AuditWording> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = Arrays.asList(stored.split(SEPARATOR, -1));
        return Optional.of(new AuditWording(parts.get(0), parts.subList(1, parts.size())));
    }
}
