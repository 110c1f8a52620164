package org.tremplin.learner.domain;

/** Age at entry as the ESF+ indicators count it: EECO06 under 18, EECO07 18–29, EECO08 55 and over. */
public enum AgeBand {
    UNDER_18, FROM_18_TO_29, FROM_30_TO_54, FROM_55;

    public static AgeBand of(int age) {
        if (age < 18) {
            return UNDER_18;
        }
        if (age <= 29) {
            return FROM_18_TO_29;
        }
        return age <= 54 ? FROM_30_TO_54 : FROM_55;
    }
}
