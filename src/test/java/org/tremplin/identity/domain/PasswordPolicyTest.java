package org.tremplin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 chars

    private static Optional<String> check(String password) {
        return PasswordPolicy.check("camille", password);
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(Optional.of("password.tooShort"), check("abcdefghijk"));
        assertEquals(Optional.of("password.tooShort"), check(null));
    }

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(Optional.empty(), check("abcdefghijkl"));
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        // 11 code points but 22 chars: still too short
        assertEquals(Optional.of("password.tooShort"), check("ab" + EMOJI.repeat(9)));
        // 12 code points: long enough
        assertEquals(Optional.empty(), check("ab" + EMOJI.repeat(10)));
    }

    @Test
    void oneHundredTwentyEightCharactersAreAcceptedAndOneMoreRefused() {
        String base = "correct horse battery staple ";
        String max = base.repeat(5).substring(0, 128);
        assertEquals(Optional.empty(), check(max));
        assertEquals(Optional.of("password.tooLong"), check(max + "x"));
    }

    @Test
    void maximumLengthAlsoCountsCodePoints() {
        assertEquals(Optional.empty(), check("abc" + EMOJI.repeat(120)));
    }

    @Test
    void distinctCharactersAreCountedInCodePoints() {
        assertEquals(Optional.of("password.tooSimple"), check(EMOJI.repeat(11) + "\uD83D\uDE01"));
    }

    @Test
    void usernameIsRefusedWhateverTheCase() {
        assertEquals(Optional.of("password.isUsername"),
                PasswordPolicy.check("camille.dupont", "Camille.Dupont"));
    }

    @Test
    void passwordContainingTheUsernameIsStillAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.check("camille.dupont", "camille.dupont loves tea"));
    }

    @Test
    void fewerThanThreeDistinctCharactersAreTooSimple() {
        assertEquals(Optional.of("password.tooSimple"), check("aaaaaaaaaaaaaaaa"));
        assertEquals(Optional.of("password.tooSimple"), check("abababababababab"));
    }

    @Test
    void threeDistinctCharactersAreEnough() {
        assertEquals(Optional.empty(), check("abcabcabcabc"));
    }

    @Test
    void normalPassphraseIsAccepted() {
        assertEquals(Optional.empty(), check("Le chat dort sur le canapé bleu"));
    }

    @Test
    void noCompositionRules() {
        assertEquals(Optional.empty(), check("allinlowercasewithoutdigits"));
    }
}
