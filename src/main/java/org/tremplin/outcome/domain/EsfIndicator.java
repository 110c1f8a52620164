package org.tremplin.outcome.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The ESF+ common indicators on participants (Regulation (EU) 2021/1057, Annex I): outputs counted at
 * entry, results counted from the situation observed at exit or six months after it.
 */
public enum EsfIndicator {
    EECO01, EECO02, EECO03, EECO04, EECO05, EECO06, EECO07, EECO08, EECO09, EECO10, EECO11,
    EECO12, EECO13, EECO14, EECO15, EECO16, EECO17,
    EECR01(OutcomeTiming.AT_EXIT, Situation::jobSearching),
    EECR02(OutcomeTiming.AT_EXIT, Situation::inEducationOrTraining),
    EECR03(OutcomeTiming.AT_EXIT, Situation::gainedQualification),
    EECR04(OutcomeTiming.AT_EXIT, Situation::employed),
    EECR05(OutcomeTiming.SIX_MONTHS, Situation::employed),
    EECR06(OutcomeTiming.SIX_MONTHS, Situation::betterSituation);

    private final OutcomeTiming timing;
    private final Predicate<Situation> counts;

    EsfIndicator() {
        this(null, s -> false);
    }

    EsfIndicator(OutcomeTiming timing, Predicate<Situation> counts) {
        this.timing = timing;
        this.counts = counts;
    }

    public String code() {
        return name();
    }

    public boolean isResult() {
        return timing != null;
    }

    /** For a result indicator, the observation it is read from. */
    public Optional<OutcomeTiming> timing() {
        return Optional.ofNullable(timing);
    }

    /** Whether an observed situation at the given time counts in this (result) indicator. */
    public boolean counts(OutcomeTiming observedAt, Situation situation) {
        return timing == observedAt && counts.test(situation);
    }

    public static List<EsfIndicator> results() {
        return Arrays.stream(values()).filter(EsfIndicator::isResult).toList();
    }

    public static Optional<EsfIndicator> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
