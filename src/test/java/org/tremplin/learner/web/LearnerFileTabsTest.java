package org.tremplin.learner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A tab of the learner file is found by its id whatever the caller's role hides before it. */
class LearnerFileTabsTest {

    @Test
    void theSkillsTabComesSixthForCoordinatorsAndFourthForTrainers() {
        assertEquals(5, LearnerFileBacking.tabIndex("skills", true));
        assertEquals(3, LearnerFileBacking.tabIndex("skills", false), "no consents or loans tab for a trainer");
        assertEquals(0, LearnerFileBacking.tabIndex("profile", false));
        assertEquals(7, LearnerFileBacking.tabIndex("rights", true));
    }

    @Test
    void anUnknownTabIsAMistakeNotTheFirstTab() {
        assertThrows(IllegalArgumentException.class, () -> LearnerFileBacking.tabIndex("skils", true));
        assertThrows(IllegalArgumentException.class, () -> LearnerFileBacking.tabIndex("consents", false));
    }
}
