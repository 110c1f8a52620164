package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.programme.domain.Site;

class LearnerRulesTest {

    private final Learner l = new Learner("Élodie", "Martin", new Site("Centre social", "Lille"));

    @Test
    void aDateOfUnemploymentOnlyForAnUnemployedPerson() {
        l.setLabourStatus(LabourStatus.UNEMPLOYED);
        l.setUnemployedSince(LocalDate.of(2024, 1, 15));
        assertNull(LearnerRules.Validator.broken(l));
        l.setLabourStatus(LabourStatus.EMPLOYED);
        assertNull(l.getUnemployedSince(), "another status drops the date");
        l.setUnemployedSince(LocalDate.of(2024, 1, 15)); // as the API or an import would set it after the status
        assertEquals("{tremplin.unemployedSince.notUnemployed}", LearnerRules.Validator.broken(l));
        l.setLabourStatus(null);
        l.setUnemployedSince(LocalDate.of(2024, 1, 15));
        assertEquals("{tremplin.unemployedSince.notUnemployed}", LearnerRules.Validator.broken(l), "no status, no date");
    }

    @Test
    void notBeforeTheBirth() {
        l.setBirthDate(LocalDate.of(1990, 4, 2));
        l.setLabourStatus(LabourStatus.UNEMPLOYED);
        l.setUnemployedSince(LocalDate.of(1989, 1, 1));
        assertEquals("{tremplin.unemployedSince.beforeBirth}", LearnerRules.Validator.broken(l));
        l.setUnemployedSince(LocalDate.of(2010, 1, 1));
        assertNull(LearnerRules.Validator.broken(l));
    }
}
