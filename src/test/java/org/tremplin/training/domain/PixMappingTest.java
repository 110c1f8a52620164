package org.tremplin.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PixMappingTest {

    private final PixMapping mapping = PixMapping.standard();

    @Test
    void theSixteenPixCompetencesAreMappedAndOnlyFiveThreeAndFiveFourOfDigCompAreLeftOut() throws IOException {
        assertEquals(16, mapping.rules().size());
        // the reference table as the migration loads it
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V4__sessions_attendance_skills.sql"));
        Set<String> digComp = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\('(\\d\\.\\d)', \\d,").matcher(migration);
        while (m.find()) {
            digComp.add(m.group(1));
        }
        assertEquals(21, digComp.size(), "the DigComp reference lists 21 competences: " + digComp);
        assertTrue(digComp.containsAll(mapping.coveredDigComp()), "only real DigComp codes: " + mapping.coveredDigComp());
        digComp.removeAll(mapping.coveredDigComp());
        assertEquals(Set.of("5.3", "5.4"), digComp);
    }

    @Test
    void namesAreMatchedWhateverTheApostrophesAccentsCaseAndSpacing() {
        assertEquals("1.1", mapping.byName("Mener une recherche et une veille d’information").orElseThrow().pixCode());
        assertEquals("2.4", mapping.byName("  S' INSERER dans le  monde numérique").orElseThrow().pixCode());
        assertEquals("4.3", mapping.byName("Protéger la santé, le bien-être et l'environnement").orElseThrow().pixCode());
        assertFalse(mapping.byName("Jouer aux échecs").isPresent());
    }

    @Test
    void aLevelGoesAcrossALevelZeroGivesNoneAndTwoSourcesGiveTheLowest() {
        Map<String, Integer> pix = new HashMap<>(Map.of("1.1", 3, "1.2", 2, "1.3", 4, "5.1", 0, "4.3", 1));
        Map<String, Integer> digComp = mapping.toDigComp(pix);
        assertEquals(Map.of("1.1", 3, "1.2", 3, "1.3", 2, "4.3", 1, "4.4", 1), digComp);
        pix.put("1.3", 0);
        assertFalse(mapping.toDigComp(pix).containsKey("1.3"), "the lower of 2 and 0 is no level");
        assertTrue(mapping.toDigComp(Map.of("5.1", 0)).isEmpty());
    }
}
