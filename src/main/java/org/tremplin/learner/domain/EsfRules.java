package org.tremplin.learner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The ESF+ rules on a participant record, written once: which fields are mandatory (a record lacking one is
 * incomplete, and a programme's funding is at risk above 35 % incomplete), and who is long-term unemployed. The
 * learner applies them in Java; the queries (the learner list's filter, the dashboards, the ESF+ report) take their
 * conditions from here, built from the same lists, in JPQL on the entity's properties or in SQL on the columns
 * of the same names ({@code birthDate} → {@code birth_date}). EsfRulesTest and PersistenceIT check that the Java
 * predicate and both queries agree on a crafted set.
 */
public final class EsfRules {

    /** A field that must be filled; text fields count as missing when blank too. */
    record Required(String property, Function<Learner, Object> value) {
    }

    /** The fields every participant record needs, in the order they are reported missing. */
    static final List<Required> REQUIRED = List.of(new Required("birthDate", Learner::getBirthDate),
            new Required("gender", Learner::getGender), new Required("postcode", Learner::getPostcode),
            new Required("labourStatus", Learner::getLabourStatus), new Required("iscedLevel", Learner::getIscedLevel));

    /** At least one way to reach the person: reported missing as {@code contact}. */
    static final List<Required> CONTACT = List.of(new Required("email", Learner::getEmail), new Required("phone", Learner::getPhone));

    /** Unemployed since when: required of an unemployed person, and what long-term unemployment is counted from. */
    static final String UNEMPLOYED_SINCE = "unemployedSince";

    /** Long-term unemployment: more than {@value #LONG_TERM_MONTHS} months, or {@value #YOUNG_LONG_TERM_MONTHS} under {@value #YOUNG_UNDER}. */
    public static final int LONG_TERM_MONTHS = 12;
    public static final int YOUNG_LONG_TERM_MONTHS = 6;
    public static final int YOUNG_UNDER = 25;

    private EsfRules() {
    }

    /** The mandatory fields this record lacks ("contact": neither e-mail nor phone); none for an anonymised person. */
    public static List<String> missing(Learner l) {
        List<String> missing = new ArrayList<>();
        if (l.isAnonymised()) {
            return missing; // nothing more can be collected: never reported as incomplete
        }
        for (Required r : REQUIRED) {
            addIfMissing(missing, r.property(), r.value().apply(l));
            if (r.property().equals("gender") && CONTACT.stream().allMatch(c -> isMissing(c.value().apply(l)))) {
                missing.add("contact"); // reported where the form asks for it: after the gender
            }
            if (r.property().equals("labourStatus") && l.getLabourStatus() == LabourStatus.UNEMPLOYED) {
                addIfMissing(missing, UNEMPLOYED_SINCE, l.getUnemployedSince());
            }
        }
        return missing;
    }

    private static void addIfMissing(List<String> missing, String property, Object value) {
        if (isMissing(value)) {
            missing.add(property);
        }
    }

    private static boolean isMissing(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    /** Long-term unemployed on the day of entry, at the age of that day (null: unknown, counted as 25 or over). */
    public static boolean isLongTermUnemployed(LabourStatus status, LocalDate since, Integer ageAtEntry, LocalDate entry) {
        if (status != LabourStatus.UNEMPLOYED || since == null) {
            return false;
        }
        int months = ageAtEntry != null && ageAtEntry < YOUNG_UNDER ? YOUNG_LONG_TERM_MONTHS : LONG_TERM_MONTHS;
        return since.plusMonths(months).isBefore(entry);
    }

    /** How a query names a row's fields and the labour status. */
    public enum Query {
        /** JPQL on an entity alias: {@code l.birthDate}, {@code org.tremplin.learner.domain.LabourStatus.UNEMPLOYED}. */
        JPQL {
            @Override
            String field(String row, String property) {
                return row + "." + property;
            }

            @Override
            String unemployed() {
                return LabourStatus.class.getName() + "." + LabourStatus.UNEMPLOYED.name();
            }
        },
        /** SQL on a row whose columns are the properties in snake case: {@code p.birth_date}, {@code 'UNEMPLOYED'}. */
        SQL {
            @Override
            String field(String row, String property) {
                return row + "." + property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            }

            @Override
            String unemployed() {
                return "'" + LabourStatus.UNEMPLOYED.name() + "'";
            }
        };

        abstract String field(String row, String property);

        abstract String unemployed();
    }

    /** The condition that a row (not anonymised) lacks a mandatory field: the query twin of {@link #missing}. */
    public static String incomplete(Query q, String row) {
        String required = REQUIRED.stream().map(r -> q.field(row, r.property()) + " IS NULL").collect(Collectors.joining(" OR "));
        String contact = CONTACT.stream().map(r -> q.field(row, r.property()) + " IS NULL").collect(Collectors.joining(" AND "));
        return "(" + q.field(row, "anonymisedOn") + " IS NULL AND (" + required + " OR (" + contact + ") OR ("
                + q.field(row, "labourStatus") + " = " + q.unemployed() + " AND " + q.field(row, UNEMPLOYED_SINCE) + " IS NULL)))";
    }

    /**
     * The SQL condition that a row was long-term unemployed at its entry: the query twin of {@link #isLongTermUnemployed}.
     * {@code ageKnown} tells whether the age at entry is known, {@code ageBelow} gives the condition that it is under
     * a number of years, {@code entry} the entry day.
     */
    public static String longTermUnemployedSql(String row, String ageKnown, IntFunction<String> ageBelow, String entry) {
        String since = Query.SQL.field(row, UNEMPLOYED_SINCE);
        String young = ageKnown + " AND " + ageBelow.apply(YOUNG_UNDER);
        return Query.SQL.field(row, "labourStatus") + " = " + Query.SQL.unemployed() + " AND " + since + " IS NOT NULL AND ("
                + "(" + young + " AND " + since + " + INTERVAL '" + YOUNG_LONG_TERM_MONTHS + "' MONTH < " + entry + ")"
                + " OR (NOT (" + young + ") AND " + since + " + INTERVAL '" + LONG_TERM_MONTHS + "' MONTH < " + entry + "))";
    }
}
