package org.tremplin.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.learner.domain.EsfRules;
import org.tremplin.learner.domain.Gender;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.domain.GenderCounts;
import org.tremplin.shared.infrastructure.NativeSql;

/**
 * The ESF+ indicators computed by the database in one aggregate query (portable SQL, H2 and PostgreSQL).
 *
 * <p>A person is one row however often they re-entered the programme: their first entry date is the
 * entry into the operation (situation and age are read on it), their last exit date the leaving,
 * counted only once no enrolment of the programme is open. Outputs count the participants who entered
 * in the period; results those who left in it, from the outcome recorded for that last exit. A person
 * is a participant only when the programme's rule holds: present (or late) on at least
 * {@code min_attendance_days} different days of its sessions up to the end of the period, read from the
 * participation date kept as registers are saved.
 */
@ApplicationScoped
public class EsfQueries {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** What the report is about: a programme, a period, optionally only the cohorts of some sites. */
    public record Scope(long programmeId, LocalDate from, LocalDate to, int minAttendanceDays, Optional<List<Long>> sites) {

        /** A caller limited to no site at all: every figure is zero without asking the database. */
        public boolean isEmpty() {
            return sites.isPresent() && sites.get().isEmpty();
        }

        /** The SQL condition keeping the cohorts (alias {@code cohort}) of the scope's sites, or nothing. */
        public String siteFilter(String cohort) {
            return sites.map(ids -> " AND " + cohort + ".site_id IN (" + NativeSql.ids(ids) + ")").orElse("");
        }
    }

    /** The figures of one report: every indicator by gender, plus the incomplete participant records. */
    public record Figures(Map<EsfIndicator, GenderCounts> indicators, GenderCounts incomplete) {
    }

    static final String ENTERED = "p.first_entry BETWEEN ?2 AND ?3";
    static final String LEFT = "p.open_count = 0 AND p.last_exit BETWEEN ?2 AND ?3";

    /** The condition (on the participant row {@code p}) of each indicator. */
    static String condition(EsfIndicator indicator) {
        return switch (indicator) {
            case EECO01 -> ENTERED;
            case EECO02 -> ENTERED + " AND p.labour_status = 'UNEMPLOYED'";
            case EECO03 -> ENTERED + " AND " + EsfRules.longTermUnemployedSql("p", AGE_KNOWN, EsfQueries::ageBelow, "p.first_entry");
            case EECO04 -> ENTERED + " AND p.labour_status = 'INACTIVE'";
            case EECO05 -> ENTERED + " AND p.labour_status = 'EMPLOYED'";
            case EECO06 -> ENTERED + " AND " + AGE_KNOWN + " AND " + ageBelow(18);
            case EECO07 -> ENTERED + " AND " + AGE_KNOWN + " AND NOT " + ageBelow(18) + " AND " + ageBelow(30);
            case EECO08 -> ENTERED + " AND " + AGE_KNOWN + " AND NOT " + ageBelow(55);
            case EECO09 -> ENTERED + " AND p.isced_level BETWEEN 0 AND 2";
            case EECO10 -> ENTERED + " AND p.isced_level BETWEEN 3 AND 4";
            case EECO11 -> ENTERED + " AND p.isced_level BETWEEN 5 AND 8";
            case EECO12 -> ENTERED + " AND p.disability = TRUE";
            case EECO13 -> ENTERED + " AND p.third_country_national = TRUE";
            case EECO14 -> ENTERED + " AND p.foreign_background = TRUE";
            case EECO15 -> ENTERED + " AND p.minority = TRUE";
            case EECO16 -> ENTERED + " AND p.homeless = TRUE";
            case EECO17 -> ENTERED + " AND p.rural_area = TRUE";
            case EECR01, EECR02, EECR03, EECR04, EECR05, EECR06 -> LEFT + " AND p." + column(indicator) + " = 1";
        };
    }

    /** A participant record lacking a mandatory field or any contact (as {@code Learner.missingEsfFields}). */
    static final String INCOMPLETE = ENTERED + " AND " + EsfRules.incomplete(EsfRules.Query.SQL, "p");

    /** The age at entry is known: from the birth date, or kept on the enrolments when the person was anonymised. */
    static final String AGE_KNOWN = "(p.birth_date IS NOT NULL OR p.entry_age IS NOT NULL)";

    /**
     * Age at entry under {@code years}: the birthday of that age falls after the entry date; for an
     * anonymised person, the age kept on the first enrolment (the youngest: ages only grow).
     */
    private static String ageBelow(int years) {
        return "(CASE WHEN p.birth_date IS NULL THEN p.entry_age < " + years
                + " ELSE p.birth_date + INTERVAL '" + years + "' YEAR > p.first_entry END)";
    }

    /** The outcome column behind each result indicator (the outcome's timing is the indicator's). */
    private static final Map<EsfIndicator, String> SITUATION_COLUMNS = new EnumMap<>(Map.of(
            EsfIndicator.EECR01, "job_searching", EsfIndicator.EECR02, "in_education",
            EsfIndicator.EECR03, "gained_qualification", EsfIndicator.EECR04, "employed",
            EsfIndicator.EECR05, "employed", EsfIndicator.EECR06, "better_situation"));

    /** The outcome column behind a result indicator (the outcome's timing is the indicator's). */
    static String situationColumn(EsfIndicator result) {
        return SITUATION_COLUMNS.get(result);
    }

    /** The column of a person row holding a result indicator's flag (eecr01…eecr06). */
    static String column(EsfIndicator result) {
        return result.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kept columns of a person row (the people's own fields are the learner's). */
    private static final String KEPT = "k.learner_id, k.labour_status, k.unemployed_since, k.isced_level, k.disability,"
            + " k.third_country_national, k.foreign_background, k.minority, k.homeless, k.rural_area, k.first_entry,"
            + " k.entry_age, k.last_exit, k.open_count, k.completed_count";

    /**
     * One row per person of the programme (in the scope's sites): first entry, last exit, open enrolments, the
     * sheet at entry and the results of the last exit, as kept in {@code programme_person} ({@link
     * ProgrammePersons}), with the day they became a participant (kept as registers are saved: training's
     * {@code Participations}) and their own fields. For a scope of some sites, the rows of the people whose
     * enrolments are all at one of them are the kept ones; those of people enrolled at several sites are computed
     * from their enrolments in the scope's sites, by the same definition ({@link ProgrammePersons#compute}).
     */
    static String persons(Scope scope) {
        StringBuilder results = new StringBuilder();
        for (EsfIndicator result : EsfIndicator.results()) {
            results.append(", k.").append(column(result));
        }
        String kept = "SELECT " + ProgrammePersons.COLUMNS + " FROM programme_person WHERE programme_id = ?1";
        String rows = scope.sites().isEmpty() ? kept
                : kept + scope.siteFilter("programme_person") + " UNION ALL " + ProgrammePersons.compute(
                        "c.programme_id = ?1 AND e.learner_id IN (SELECT m.learner_id FROM programme_person m"
                                + " WHERE m.programme_id = ?1 AND m.site_id IS NULL)", scope.siteFilter("c"));
        return "(SELECT " + KEPT + ", l.first_name, l.last_name, l.gender, l.birth_date, l.email, l.phone, l.postcode,"
                + " l.anonymised_on, pp.participation_date" + results
                + " FROM (" + rows + ") k JOIN learner l ON l.id = k.learner_id"
                + " LEFT JOIN participation pp ON pp.programme_id = ?1 AND pp.learner_id = k.learner_id) p";
    }

    /**
     * The participation rule on a person row: present (or late) on enough different days by the period's
     * end, that is a participant on a day before its end.
     */
    static final String ATTENDED = "p.participation_date <= ?3";

    /** One row per person of the programme (in the scope's sites) who satisfies the participation rule. */
    private static String participants(Scope scope) {
        return persons(scope) + " WHERE " + ATTENDED;
    }

    /** Every indicator and the incomplete records, by gender, in one statement. */
    public Figures figures(Scope scope) {
        if (scope.isEmpty()) {
            return empty();
        }
        StringBuilder sql = new StringBuilder("SELECT p.gender");
        for (EsfIndicator indicator : EsfIndicator.values()) {
            sql.append(", SUM(CASE WHEN ").append(condition(indicator)).append(" THEN 1 ELSE 0 END)");
        }
        sql.append(", SUM(CASE WHEN ").append(INCOMPLETE).append(" THEN 1 ELSE 0 END)");
        sql.append(" FROM ").append(participants(scope)).append(" GROUP BY p.gender");
        Map<EsfIndicator, GenderCounts> indicators = empty().indicators();
        GenderCounts incomplete = GenderCounts.ZERO;
        for (Object row : bind(em.createNativeQuery(sql.toString()), scope).getResultList()) {
            Object[] r = (Object[]) row;
            Gender gender = r[0] == null ? null : Gender.valueOf((String) r[0]);
            EsfIndicator[] all = EsfIndicator.values();
            for (int i = 0; i < all.length; i++) {
                indicators.put(all[i], indicators.get(all[i]).plus(gender, count(r[i + 1])));
            }
            incomplete = incomplete.plus(gender, count(r[all.length + 1]));
        }
        return new Figures(indicators, incomplete);
    }

    /**
     * The columns of the ESF+ participant file, in order: its key (the bundles' {@code participants.<key>}
     * heading) and its SQL on the person row {@code p} and the learner {@code l}.
     */
    public static final List<String[]> PARTICIPANT_COLUMNS = List.of(
            new String[] {"lastName", "p.last_name"}, new String[] {"firstName", "p.first_name"},
            new String[] {"gender", "p.gender"}, new String[] {"birthDate", "p.birth_date"},
            new String[] {"email", "p.email"}, new String[] {"phone", "p.phone"}, new String[] {"postcode", "p.postcode"},
            new String[] {"commune", "l.commune"}, new String[] {"entryDate", "p.first_entry"},
            new String[] {"labourStatus", "p.labour_status"}, new String[] {"unemployedSince", "p.unemployed_since"},
            new String[] {"longTermUnemployed", "CASE WHEN " + condition(EsfIndicator.EECO03) .replace(ENTERED + " AND ", "")
                    + " THEN TRUE ELSE FALSE END"},
            new String[] {"iscedLevel", "p.isced_level"}, new String[] {"disability", "p.disability"},
            new String[] {"thirdCountryNational", "p.third_country_national"},
            new String[] {"foreignBackground", "p.foreign_background"}, new String[] {"minority", "p.minority"},
            new String[] {"homeless", "p.homeless"}, new String[] {"ruralArea", "p.rural_area"},
            new String[] {"exitDate", "CASE WHEN p.open_count = 0 THEN p.last_exit END"},
            new String[] {"exitReason", "CASE WHEN p.open_count = 0 THEN (SELECT MAX(x.exit_reason) FROM enrolment x"
                    + " JOIN cohort xc ON xc.id = x.cohort_id WHERE xc.programme_id = ?1 AND x.learner_id = p.learner_id"
                    + " AND x.exit_date = p.last_exit) END"},
            new String[] {"jobSearchingAtExit", "p.eecr01 = 1"}, new String[] {"educationAtExit", "p.eecr02 = 1"},
            new String[] {"qualificationAtExit", "p.eecr03 = 1"}, new String[] {"employedAtExit", "p.eecr04 = 1"},
            new String[] {"employedAtSixMonths", "p.eecr05 = 1"}, new String[] {"betterSituationAtSixMonths", "p.eecr06 = 1"});

    /**
     * The ESF+ participant file: a row per participant who entered or left in the period, every datum the
     * French ESF+ participant rules ask for that Tremplin records, the situation at entry from the sheet at
     * entry; cells in {@link #PARTICIPANT_COLUMNS}' order (dates, booleans, enum names, numbers, text).
     */
    public List<Object[]> participantFile(Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < PARTICIPANT_COLUMNS.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(PARTICIPANT_COLUMNS.get(i)[1]);
        }
        sql.append(" FROM ").append(persons(scope)).append(" JOIN learner l ON l.id = p.learner_id WHERE ").append(ATTENDED)
                .append(" AND (").append(ENTERED).append(" OR (").append(LEFT).append(")) ORDER BY p.last_name, p.first_name, p.learner_id");
        List<Object[]> rows = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql.toString()), scope).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** A person behind a figure (for coordinators and admins only). */
    public record Person(Long learnerId, String firstName, String lastName, Gender gender) implements Serializable {
    }

    /** The people counted in an indicator, optionally of one gender, by name. */
    public List<Person> people(Scope scope, EsfIndicator indicator, Optional<Gender> gender) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT p.learner_id, p.first_name, p.last_name, p.gender FROM " + participants(scope)
                + " AND " + condition(indicator) + gender.map(g -> " AND p.gender = '" + g.name() + "'").orElse("")
                + " ORDER BY p.last_name, p.first_name, p.learner_id";
        List<Person> people = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), scope).getResultList()) {
            Object[] r = (Object[]) row;
            people.add(new Person(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    r[3] == null ? null : Gender.valueOf((String) r[3])));
        }
        return people;
    }

    static Query bind(Query q, Scope scope) {
        return q.setParameter(1, scope.programmeId()).setParameter(2, Date.valueOf(scope.from()))
                .setParameter(3, Date.valueOf(scope.to()));
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Figures empty() {
        Map<EsfIndicator, GenderCounts> indicators = new EnumMap<>(EsfIndicator.class);
        for (EsfIndicator indicator : EsfIndicator.values()) {
            indicators.put(indicator, GenderCounts.ZERO);
        }
        return new Figures(indicators, GenderCounts.ZERO);
    }
}
