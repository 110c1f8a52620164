package org.tremplin.learner.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Names folded for search and duplicate checks: case, accents, hyphens and apostrophes ignored. */
public final class NameKey {

    private NameKey() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String expanded = text.replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE");
        String decomposed = Normalizer.normalize(expanded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("[-'’_.,]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Both name orders, so "martin elodie" and "elodie martin" find the same person. */
    public static String searchKey(String firstName, String lastName) {
        String first = fold(firstName);
        String last = fold(lastName);
        return (last + " " + first).strip() + " | " + (first + " " + last).strip();
    }
}
