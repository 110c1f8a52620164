package org.tremplin.learner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tremplin.programme.domain.Site;

/**
 * A crafted set of participant records for the parity checks of {@link EsfRules}: every combination of each mandatory
 * field filled or missing, of the ways to be reached, of the labour status, of how long unemployed (either side of
 * 6 and 12 months) and of the age at entry (either side of 25), as the app accepts them (a date of unemployment only
 * for an unemployed person).
 */
public final class EsfCases {

    /** The day every crafted person enters. */
    public static final LocalDate ENTRY = LocalDate.of(2026, 3, 16);

    private EsfCases() {
    }

    public static List<Learner> learners(Site site, String lastName) {
        List<Learner> all = new ArrayList<>();
        List<LocalDate> births = Arrays.asList(null, ENTRY.minusYears(30), ENTRY.minusYears(20), ENTRY.minusYears(25),
                ENTRY.minusYears(25).plusDays(1));
        List<String[]> contacts = List.of(new String[] {null, null}, new String[] {"p@example.org", null},
                new String[] {null, "06 12 34 56 78"});
        List<LabourStatus> statuses = Arrays.asList(null, LabourStatus.EMPLOYED, LabourStatus.INACTIVE, LabourStatus.UNEMPLOYED);
        int n = 0;
        for (LocalDate birth : births) {
            for (Gender gender : Arrays.asList(null, Gender.WOMAN)) {
                for (String[] contact : contacts) {
                    for (String postcode : Arrays.asList(null, "59000")) {
                        for (LabourStatus status : statuses) {
                            List<LocalDate> sinces = status == LabourStatus.UNEMPLOYED ? Arrays.asList(null, ENTRY.minusMonths(3),
                                    ENTRY.minusMonths(6), ENTRY.minusMonths(8), ENTRY.minusMonths(12), ENTRY.minusMonths(13))
                                    : Arrays.asList((LocalDate) null);
                            for (LocalDate since : sinces) {
                                for (Integer isced : Arrays.asList(null, 3)) {
                                    Learner l = new Learner("Case" + n++, lastName, site);
                                    l.setBirthDate(birth);
                                    l.setGender(gender);
                                    l.setEmail(contact[0]);
                                    l.setPhone(contact[1]);
                                    l.setPostcode(postcode);
                                    l.setLabourStatus(status);
                                    l.setUnemployedSince(since);
                                    l.setIscedLevel(isced);
                                    all.add(l);
                                }
                            }
                        }
                    }
                }
            }
        }
        return all;
    }
}
