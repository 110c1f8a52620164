package org.tremplin.learner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Site;

class LearnerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static final LocalDate DAY = LocalDate.of(2025, 6, 15);

    private final Site site = new Site("Centre social", "Lille");

    private Learner learner() {
        return new Learner("Élodie", "Martin-Durand", site);
    }

    private Learner complete() {
        Learner l = learner();
        l.setBirthDate(LocalDate.of(1990, 4, 2));
        l.setGender(Gender.WOMAN);
        l.setEmail("elodie@example.org");
        l.setPostcode("59000");
        l.setLabourStatus(LabourStatus.EMPLOYED);
        l.setIscedLevel(3);
        return l;
    }

    private Learner unemployed(LocalDate birthDate, LocalDate since) {
        Learner l = learner();
        l.setBirthDate(birthDate);
        l.setLabourStatus(LabourStatus.UNEMPLOYED);
        l.setUnemployedSince(since);
        return l;
    }

    @Test
    void ageOnCountsWholeYearsAndChangesOnTheBirthday() {
        Learner l = learner();
        l.setBirthDate(LocalDate.of(2000, 6, 15));
        assertEquals(24, l.ageOn(LocalDate.of(2025, 6, 14)));
        assertEquals(25, l.ageOn(LocalDate.of(2025, 6, 15)));
        assertNull(learner().ageOn(DAY), "no birth date, no age");
    }

    @Test
    void adultIsLongTermUnemployedOnlyAfterMoreThanTwelveMonths() {
        Learner l = unemployed(LocalDate.of(1980, 1, 1), LocalDate.of(2024, 6, 15));
        assertFalse(l.isLongTermUnemployedOn(LocalDate.of(2025, 6, 15)), "exactly 12 months is not more than 12");
        assertTrue(l.isLongTermUnemployedOn(LocalDate.of(2025, 6, 16)));
    }

    @Test
    void underTwentyFiveIsLongTermUnemployedAfterMoreThanSixMonths() {
        Learner l = unemployed(LocalDate.of(2002, 1, 1), LocalDate.of(2024, 12, 15));
        assertFalse(l.isLongTermUnemployedOn(LocalDate.of(2025, 6, 15)), "exactly 6 months is not more than 6");
        assertTrue(l.isLongTermUnemployedOn(LocalDate.of(2025, 6, 16)));
    }

    @Test
    void ageThresholdIsTakenOnTheDayAsked() {
        // 25 on 2025-06-15: nine months of unemployment count as long-term the day before, not on the birthday
        Learner l = unemployed(LocalDate.of(2000, 6, 15), LocalDate.of(2024, 9, 1));
        assertTrue(l.isLongTermUnemployedOn(LocalDate.of(2025, 6, 14)));
        assertFalse(l.isLongTermUnemployedOn(LocalDate.of(2025, 6, 15)));
    }

    @Test
    void unknownAgeUsesTheTwelveMonthRule() {
        Learner l = unemployed(null, DAY.minusMonths(9));
        assertFalse(l.isLongTermUnemployedOn(DAY));
        l.setUnemployedSince(DAY.minusMonths(13));
        assertTrue(l.isLongTermUnemployedOn(DAY));
    }

    @Test
    void notLongTermUnemployedWhenNotUnemployedOrWithoutDate() {
        Learner l = unemployed(LocalDate.of(1980, 1, 1), DAY.minusYears(3));
        l.setLabourStatus(LabourStatus.INACTIVE);
        assertFalse(l.isLongTermUnemployedOn(DAY));
        l.setLabourStatus(null);
        assertFalse(l.isLongTermUnemployedOn(DAY));
        assertFalse(unemployed(LocalDate.of(1980, 1, 1), null).isLongTermUnemployedOn(DAY));
    }

    @Test
    void completeRecordMissesNothing() {
        Learner l = complete();
        assertEquals(List.of(), l.missingEsfFields());
        assertTrue(l.isEsfComplete());
    }

    @Test
    void emptyDraftListsEveryMandatoryFieldInOrder() {
        Learner l = learner();
        assertEquals(List.of("birthDate", "gender", "contact", "postcode", "labourStatus", "iscedLevel"),
                l.missingEsfFields());
        assertFalse(l.isEsfComplete());
    }

    @Test
    void phoneAloneIsEnoughContactButBlanksAreNot() {
        Learner l = complete();
        l.setEmail(null);
        l.setPhone("06 12 34 56 78");
        assertTrue(l.isEsfComplete());
        l.setEmail("  ");
        l.setPhone("");
        assertEquals(List.of("contact"), l.missingEsfFields());
    }

    @Test
    void unemployedNeedsUnemployedSince() {
        Learner l = complete();
        l.setLabourStatus(LabourStatus.UNEMPLOYED);
        assertEquals(List.of("unemployedSince"), l.missingEsfFields());
        l.setUnemployedSince(LocalDate.of(2024, 1, 1));
        assertTrue(l.isEsfComplete());
    }

    @Test
    void iscedLevelZeroIsPresent() {
        Learner l = complete();
        l.setIscedLevel(0);
        assertTrue(l.isEsfComplete());
        l.setIscedLevel(null);
        assertEquals(List.of("iscedLevel"), l.missingEsfFields());
    }

    @Test
    void anonymiseRemovesIdentityAndContact() {
        Learner l = complete();
        l.setPhone("06 12 34 56 78");
        l.setCommune("Lille");
        l.refreshSearchKey();
        l.anonymise(TODAY, List.of());
        assertFalse(l.getFullName().contains("Élodie"));
        assertFalse(l.getFullName().contains("Martin"));
        assertNull(l.getEmail());
        assertNull(l.getPhone());
        assertNull(l.getCommune());
        assertNull(l.getPostcode(), "a postcode can name a village");
        assertFalse(l.getSearchKey().contains("elodie"), "search key must be refreshed");
        assertFalse(l.getSearchKey().contains("martin"));
    }

    @Test
    void anonymiseReducesBirthDateToItsYearAfterKeepingTheAgeAtEachEntry() {
        Learner l = complete(); // born 1990-04-02
        Programme programme = new Programme("Synapse", "FSE+", LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31));
        Cohort cohort = new Cohort(programme, site, "Printemps", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31), 60);
        Enrolment dayBefore = new Enrolment(l, cohort, LocalDate.of(2020, 4, 1));
        Enrolment birthday = new Enrolment(l, cohort, LocalDate.of(2020, 4, 2));
        l.anonymise(TODAY, List.of(dayBefore, birthday));
        assertNull(l.getBirthDate());
        assertEquals(1990, l.getBirthYear());
        assertEquals(29, dayBefore.getAgeAtEntry(), "the day before the 30th birthday");
        assertEquals(30, birthday.getAgeAtEntry(), "on the birthday");
        assertEquals(TODAY, l.getAnonymisedOn());
        assertTrue(l.isAnonymised());
        assertEquals(List.of(), l.missingEsfFields(), "an anonymised record is never reported incomplete");
        Learner noBirthDate = learner();
        noBirthDate.anonymise(TODAY, List.of());
        assertNull(noBirthDate.getBirthDate());
        assertNull(noBirthDate.getBirthYear());
    }

    @Test
    void ageAtEntryOfSomeoneBornOnTheTwentyNinthOfFebruaryFollowsTheReportsRule() {
        Learner l = complete();
        l.setBirthDate(LocalDate.of(2004, 2, 29));
        Programme programme = new Programme("Synapse", "FSE+", LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31));
        Cohort cohort = new Cohort(programme, site, "Hiver", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31), 60);
        // the SQL counts the 18th birthday as reached on 28 February 2022 (birth date + 18 years, clamped)
        Enrolment e = new Enrolment(l, cohort, LocalDate.of(2022, 2, 28));
        l.anonymise(TODAY, List.of(e));
        assertEquals(18, e.getAgeAtEntry());
    }

    @Test
    void anonymiseKeepsTheSituationAtEntry() {
        Learner l = complete();
        l.setLabourStatus(LabourStatus.UNEMPLOYED);
        l.setUnemployedSince(LocalDate.of(2024, 3, 1));
        l.setDisability(true);
        l.setHomeless(true);
        l.setRuralArea(true);
        l.anonymise(TODAY, List.of());
        assertEquals(Gender.WOMAN, l.getGender());
        assertEquals(LabourStatus.UNEMPLOYED, l.getLabourStatus());
        assertEquals(LocalDate.of(2024, 3, 1), l.getUnemployedSince());
        assertEquals(3, l.getIscedLevel());
        assertEquals(site, l.getSite());
        assertTrue(l.isDisability());
        assertTrue(l.isHomeless());
        assertTrue(l.isRuralArea());
    }

    @Test
    void refreshSearchKeyStoresFoldedNamesInBothOrders() {
        Learner l = learner();
        assertNull(l.getSearchKey());
        l.refreshSearchKey();
        assertEquals("martin durand elodie | elodie martin durand", l.getSearchKey());
    }
}
