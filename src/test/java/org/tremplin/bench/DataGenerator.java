package org.tremplin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.tremplin.identity.application.Passwords;
import org.tremplin.learner.domain.DiplomaLevel;
import org.tremplin.learner.domain.ExitReason;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.outcome.domain.ContractType;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.domain.Situation;
import org.tremplin.outcome.infrastructure.FollowUpsDue;
import org.tremplin.report.infrastructure.MultiSitePersons;
import org.tremplin.report.infrastructure.SiteEnrolmentCounts;
import org.tremplin.report.infrastructure.SiteLearnerCounts;
import org.tremplin.report.infrastructure.ProgrammePersons;
import org.tremplin.shared.infrastructure.TremplinDataSource;
import org.tremplin.testing.FastHash;
import org.tremplin.training.domain.AttendanceStatus;
import org.tremplin.training.infrastructure.AbsenceStreaks;
import org.tremplin.training.infrastructure.Participations;

/**
 * Fills an empty Tremplin database with synthetic but consistent data at a scale factor: scale 1 is
 * about 10,000 learners, 200,000 attendance rows and 3,000 loans, with their enrolments, consents,
 * sessions, DigComp assessments, equipment history and outcomes; scale 10 is ten times that.
 *
 * <p>The database is the app's own (TREMPLIN_DB_URL, or the H2 file under TREMPLIN_DATA_DIR); Flyway
 * migrates it first, and the generator refuses a database that already holds learners. Rows are
 * written with JDBC batches, following the rules the app enforces: one open loan per item and the
 * item's status to match, attendance only while enrolled and only for sessions held, present and late
 * counting the session's minutes, exits closing enrolments with a reason, outcomes inside their
 * follow-up window and with a coherent situation, ISCED level from the diploma.
 *
 * <p>Accounts: {@code bench-admin}, {@code bench-funder}, coordinators {@code bench-coord-01} to
 * {@code bench-coord-20} (every site) and a trainer per site, all with the password {@value #PASSWORD}.
 * Usage: {@code config/bench.sh generate SCALE} (see docs/benchmarks.md).
 */
public final class DataGenerator {

    /** The kept tables, by the name the counts print, each computed whole from the rows written here. */
    private static final Map<String, String[]> KEPT = kept();

    private static Map<String, String[]> kept() {
        Map<String, String[]> kept = new java.util.LinkedHashMap<>();
        kept.put("participations", Participations.REBUILD);
        kept.put("absence_streaks", AbsenceStreaks.REBUILD);
        kept.put("programme_persons", ProgrammePersons.REBUILD);
        kept.put("follow_ups_due", FollowUpsDue.REBUILD);
        kept.put("site_learner_counts", SiteLearnerCounts.REBUILD);
        kept.put("site_enrolment_counts", SiteEnrolmentCounts.REBUILD);
        kept.put("multi_site_persons", MultiSitePersons.REBUILD);
        return java.util.Collections.unmodifiableMap(kept);
    }

    private static final org.eclipse.microprofile.config.Config CONFIG = org.eclipse.microprofile.config.ConfigProvider.getConfig();

    public static final String PASSWORD = "bench-password-2026";
    public static final int COORDINATORS = 20;
    static final String[] SITES = {"Lille-Sud", "Roubaix", "Tourcoing", "Avesnois", "Valenciennes", "Lens",
        "Arras", "Dunkerque", "Calais", "Amiens", "Beauvais", "Saint-Quentin"};
    static final String[] POSTCODES = {"59000", "59100", "59200", "59440", "59300", "62300", "62000", "59140",
        "62100", "80000", "60000", "02100"};
    private static final String[] WOMEN = {"Élodie", "Fatima", "Nathalie", "Sandrine", "Aïcha", "Julie", "Chloé",
        "Karima", "Isabelle", "Léa", "Samia", "Manon", "Sylvie", "Inès", "Océane", "Nadia", "Emma", "Yasmina"};
    private static final String[] MEN = {"Kevin", "Mohamed", "Jean-Pierre", "Thomas", "Mamadou", "Dylan", "Karim",
        "Nicolas", "Franck", "Yanis", "Bruno", "Rayan", "Patrick", "Lucas", "Sofiane", "Hugo", "Bilal", "Loïc"};
    private static final String[] NEUTRAL = {"Camille", "Alex", "Sacha", "Charlie", "Dominique", "Claude"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Lefebvre", "Leroy", "Moreau", "Lambert",
        "Dupont", "Benali", "Diallo", "Durand", "Petit", "Roux", "Fontaine", "Mercier", "Boucher", "Vasseur",
        "Delattre", "Lemaire", "Carpentier", "Haddad", "Traoré", "Nowak", "Kowalski", "Ben Salah", "Dufour",
        "Leclercq", "Deschamps", "Wattez", "Delcourt", "Bonnet", "Garnier", "Chevalier", "Ferreira", "Da Silva",
        "Mazouz", "Caron", "Lemoine", "Duhamel", "Masson", "Gallet", "Poulain", "Renard", "Marchand", "Lecomte",
        "Hennebelle", "Debruyne", "Vanhove", "Ouali", "Camara", "Sow", "Rousseau", "Blanc", "Guerin", "Meunier"};
    private static final String[] TOPICS = {"Prendre en main l'ordinateur", "Naviguer et rechercher sur internet",
        "Créer et utiliser une adresse e-mail", "Démarches en ligne", "Protéger ses données", "Visioconférence",
        "Ranger ses fichiers", "HTML et CSS", "JavaScript", "Bases de données", "Préparer un entretien"};
    private static final String[] COMPETENCES = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
        "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4"};
    private static final ExitReason[] DROP_REASONS = {ExitReason.EMPLOYMENT, ExitReason.OTHER_TRAINING,
        ExitReason.HEALTH, ExitReason.MOVED, ExitReason.LOST_CONTACT, ExitReason.OTHER};
    static final LocalDate PERIOD_START = LocalDate.of(2024, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);
    /** Learners per scale unit, and the share of them who come back for a second cohort. */
    static final int LEARNERS = 10_000;
    private static final double RETURNING = 0.08;
    private static final int LOANS = 3_000;

    private final Connection db;
    private final double scale;
    private final Random random;
    private final LocalDate today;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long nextId = 1000;

    private long synapse;
    private long popschool;
    private final long[] sites = new long[SITES.length];

    DataGenerator(Connection db, double scale, long seed, LocalDate today) {
        this.db = db;
        this.scale = scale;
        this.random = new Random(seed);
        this.today = today;
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        if (!(scale > 0 && scale <= 100)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 100, got " + scale);
        }
        long started = System.nanoTime();
        Map<String, Long> rows = generate(dataSource(), scale, 20261129L, LocalDate.now());
        System.out.printf("generated scale %s in %.1f s: %s%n", scale, (System.nanoTime() - started) / 1e9, rows);
    }

    /** The app's database, as configured for the app (see docs/configuration.md). */
    static DataSource dataSource() {
        java.util.Optional<String> url = CONFIG.getOptionalValue(TremplinDataSource.DB_URL, String.class);
        if (url.isPresent()) { // batched inserts rewritten into multi-row INSERTs: much faster on PostgreSQL
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url.get());
            pg.setReWriteBatchedInserts(true);
            CONFIG.getOptionalValue(TremplinDataSource.DB_USER, String.class).ifPresent(pg::setUser);
            CONFIG.getOptionalValue(TremplinDataSource.DB_PASSWORD, String.class).ifPresent(pg::setPassword);
            return pg;
        }
        return new TremplinDataSource();
    }

    /** Migrates the schema, checks it holds no learner, then writes everything in one transaction. */
    static Map<String, Long> generate(DataSource ds, double scale, long seed, LocalDate today) throws SQLException {
        Flyway.configure(DataGenerator.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection()) {
            return generate(c, scale, seed, today);
        }
    }

    private static Map<String, Long> generate(Connection c, double scale, long seed, LocalDate today) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM learner")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds " + r.getLong(1)
                        + " learners: the generator only fills an empty database");
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            DataGenerator g = new DataGenerator(c, scale, seed, today);
            g.run();
            try (Statement s = c.createStatement()) {
                // the app keeps these as registers are saved; rows written here are not
                for (Map.Entry<String, String[]> kept : KEPT.entrySet()) {
                    s.executeUpdate(kept.getValue()[0]);
                    g.counts.put(kept.getKey(), (long) s.executeUpdate(kept.getValue()[1]));
                }
            }
            Map<String, Long> broken = Invariants.broken(c);
            if (!broken.isEmpty()) {
                throw new IllegalStateException("generated data breaks domain rules (rows): " + broken);
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // fresh statistics for the planner; on PostgreSQL also the visibility map that lets
                // index-only scans (list counts and pages) skip the table, as autovacuum would later
                s.execute(c.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? "VACUUM ANALYZE" : "ANALYZE");
            }
            return g.counts;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private long id() {
        return nextId++;
    }

    private void run() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM account")) {
            r.next();
            nextId = Math.max(nextId, r.getLong(1) + 1000); // above anything the app may have written
        }
        referenceData();
        accounts();
        List<CohortPlan> cohorts = cohorts();
        List<Person> people = learners(cohorts);
        List<Stay> stays = enrolments(people, cohorts);
        training(cohorts);
        loans(stays);
        outcomes(stays);
        try (Statement s = db.createStatement()) {
            // each enrolment's sheet at entry: the person's situation as generated (people do not change here)
            String sheet = "labour_status, unemployed_since, isced_level, disability, third_country_national, foreign_background,"
                    + " minority, homeless, rural_area";
            s.executeUpdate("INSERT INTO enrolment_entry_sheet (enrolment_id, " + sheet + ") SELECT e.id, "
                    + sheet.replaceAll("(\\w+)", "l.$1") + " FROM enrolment e JOIN learner l ON l.id = e.learner_id");
            // the app's sequence (allocation size 50) continues above the generated ids
            s.execute("ALTER SEQUENCE tremplin_seq RESTART WITH " + ((nextId / 50 + 2) * 50));
        }
    }

    // ---- programmes, sites, accounts --------------------------------------------------------------

    private void referenceData() throws SQLException {
        try (Batch programme = new Batch(db, "programme", "id", "version", "name", "funder", "start_date",
                "end_date", "min_attendance_days");
             Batch site = new Batch(db, "site", "id", "version", "name", "commune");
             Batch target = new Batch(db, "programme_target", "programme_id", "code", "target").after(programme)) {
            synapse = id();
            popschool = id();
            programme.add(synapse, 1, "Synapse", "FSE+ Hauts-de-France", PERIOD_START, PERIOD_END, 2);
            programme.add(popschool, 1, "PopSchool", "FSE+ Hauts-de-France", PERIOD_START, PERIOD_END, 5);
            for (int i = 0; i < SITES.length; i++) {
                sites[i] = id();
                site.add(sites[i], 1, "Centre " + SITES[i], SITES[i]);
            }
            int participants = (int) Math.round(LEARNERS * scale);
            target.add(synapse, "EECO01", (int) (participants * 0.8));
            target.add(synapse, "EECO02", (int) (participants * 0.45));
            target.add(synapse, "EECR04", (int) (participants * 0.1));
            target.add(popschool, "EECO01", (int) (participants * 0.2));
            target.add(popschool, "EECR04", (int) (participants * 0.05));
            counts.put("programme_target", target.rows());
        }
        counts.put("programmes", 2L);
        counts.put("sites", (long) SITES.length);
    }

    private void accounts() throws SQLException {
        String hash = FastHash.create(Passwords.ITERATIONS).generate(PASSWORD.toCharArray()); // one hash for all: synthetic accounts
        try (Batch account = new Batch(db, "account", "id", "version", "username", "display_name",
                "password_hash", "role", "enabled", "email");
             Batch accountSite = new Batch(db, "account_site", "account_id", "site_id").after(account);
             Batch accountProgramme = new Batch(db, "account_programme", "account_id", "programme_id").after(account)) {
            account.add(id(), 1, "bench-admin", "Bench Admin", hash, "ADMIN", true, null);
            long funder = id();
            account.add(funder, 1, "bench-funder", "Bench Funder", hash, "FUNDER", true, null);
            accountProgramme.add(funder, synapse);
            accountProgramme.add(funder, popschool);
            for (int i = 1; i <= COORDINATORS; i++) {
                long id = id();
                account.add(id, 1, coordinator(i), "Coordination " + i, hash, "COORDINATOR", true,
                        coordinator(i) + "@tremplin.example.org");
                for (long site : sites) {
                    accountSite.add(id, site);
                }
            }
            for (int i = 0; i < SITES.length; i++) {
                long id = id();
                account.add(id, 1, trainer(i), "Formation " + SITES[i], hash, "TRAINER", true, null);
                accountSite.add(id, sites[i]);
            }
            counts.put("accounts", account.rows());
        }
    }

    public static String coordinator(int i) {
        return String.format("bench-coord-%02d", i);
    }

    static String trainer(int site) {
        return String.format("bench-trainer-%02d", site + 1);
    }

    // ---- cohorts and sessions ----------------------------------------------------------------------

    /** A cohort as planned: 12 weeks, two sessions a week (Tuesday morning, Thursday afternoon). */
    record CohortPlan(long id, long programme, int site, LocalDate start, LocalDate end, List<Stay> members) {
    }

    private List<CohortPlan> cohorts() throws SQLException {
        int enrolments = (int) Math.round(LEARNERS * scale * (1 + RETURNING));
        int count = Math.max(2, enrolments / 15);
        LocalDate lastStart = today.plusWeeks(8);
        long days = ChronoUnit.DAYS.between(PERIOD_START, lastStart);
        List<CohortPlan> cohorts = new ArrayList<>(count);
        try (Batch cohort = new Batch(db, "cohort", "id", "version", "programme_id", "site_id", "name",
                "start_date", "end_date", "planned_hours")) {
            for (int i = 0; i < count; i++) {
                boolean pop = i % 5 == 4; // one cohort in five is PopSchool's
                int site = random.nextInt(SITES.length);
                LocalDate start = PERIOD_START.plusDays((long) (days * (i + random.nextDouble()) / count))
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                LocalDate end = start.plusWeeks(12).minusDays(3); // a Friday
                long id = id();
                cohort.add(id, 1, pop ? popschool : synapse, sites[site],
                        (pop ? "PopSchool " : "Synapse ") + SITES[site] + " " + start + " #" + (i + 1), start, end, 72);
                cohorts.add(new CohortPlan(id, pop ? popschool : synapse, site, start, end, new ArrayList<>()));
            }
            counts.put("cohorts", cohort.rows());
        }
        return cohorts;
    }

    private void training(List<CohortPlan> cohorts) throws SQLException {
        try (Batch session = new Batch(db, "training_session", "id", "version", "cohort_id", "session_date",
                "start_time", "end_time", "minutes", "trainer", "place", "topic", "series_id", "cancelled_at",
                "sheet_on_file", "attendance_taken_at", "attendance_taken_by");
             Batch competence = new Batch(db, "session_competence", "session_id", "competence_code").after(session);
             Batch attendance = new Batch(db, "attendance", "session_id", "learner_id", "status", "minutes").after(session);
             Batch assessment = new Batch(db, "assessment", "id", "version", "learner_id", "assessed_on", "kind",
                     "method", "assessor", "note");
             Batch level = new Batch(db, "assessment_level", "assessment_id", "competence_code", "level").after(assessment)) {
            for (CohortPlan c : cohorts) {
                String trainer = trainer(c.site());
                long series = id();
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate week = c.start(); !week.isAfter(c.end()); week = week.plusWeeks(1)) {
                    days.add(week.with(DayOfWeek.TUESDAY));
                    days.add(week.with(DayOfWeek.THURSDAY));
                }
                for (LocalDate day : days) {
                    boolean morning = day.getDayOfWeek() == DayOfWeek.TUESDAY;
                    LocalTime from = morning ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
                    long id = id();
                    boolean past = day.isBefore(today);
                    boolean cancelled = past && random.nextInt(50) == 0;
                    boolean taken = past && !cancelled;
                    session.add(id, 1, c.id(), day, from, from.plusHours(3), 180, trainer, "Salle " + (1 + c.site() % 3),
                            TOPICS[random.nextInt(TOPICS.length)], series,
                            cancelled ? day.minusDays(2).atTime(10, 0) : null,
                            taken && random.nextInt(5) > 0, taken ? day.atTime(from.plusHours(3).plusMinutes(5)) : null,
                            taken ? trainer : null);
                    int first = random.nextInt(COMPETENCES.length);
                    competence.add(id, COMPETENCES[first]);
                    competence.add(id, COMPETENCES[(first + 1 + random.nextInt(COMPETENCES.length - 1)) % COMPETENCES.length]);
                    if (taken) {
                        for (Stay m : c.members()) {
                            if (!m.entry().isAfter(day) && (m.exit() == null || !m.exit().isBefore(day))) {
                                AttendanceStatus status = mark(m.dropped());
                                attendance.add(id, m.person().id(), status, status.followed() ? 180 : 0);
                            }
                        }
                    }
                }
                for (Stay m : c.members()) {
                    assess(m, trainer, assessment, level);
                }
            }
            counts.put("sessions", session.rows());
            counts.put("attendance", attendance.rows());
            counts.put("assessments", assessment.rows());
        }
    }

    private AttendanceStatus mark(boolean dropped) {
        int r = random.nextInt(100);
        int absent = dropped ? 30 : 8;
        if (r < absent) {
            return AttendanceStatus.ABSENT;
        }
        if (r < absent + 6) {
            return AttendanceStatus.EXCUSED;
        }
        return r < absent + 13 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    }

    /** DigComp: an entry assessment once the cohort has begun, an exit one for who completed it. */
    private void assess(Stay m, String trainer, Batch assessment, Batch level) throws SQLException {
        if (m.entry().isAfter(today) || random.nextInt(10) == 0) {
            return;
        }
        int[] entry = new int[6];
        int first = random.nextInt(COMPETENCES.length - 6);
        long id = id();
        assessment.add(id, 1, m.person().id(), m.entry(), "ENTRY", random.nextBoolean() ? "SELF" : "TRAINER", trainer, null);
        for (int i = 0; i < entry.length; i++) {
            entry[i] = 1 + random.nextInt(3);
            level.add(id, COMPETENCES[first + i], entry[i]);
        }
        if (m.reason() == ExitReason.COMPLETED) {
            long exit = id();
            assessment.add(exit, 1, m.person().id(), m.exit(), "EXIT", random.nextInt(4) == 0 ? "PIX" : "TRAINER", trainer, null);
            for (int i = 0; i < entry.length; i++) {
                level.add(exit, COMPETENCES[first + i], Math.min(8, entry[i] + random.nextInt(3)));
            }
        }
    }

    // ---- learners and enrolments -------------------------------------------------------------------

    record Person(long id, int site, LocalDate birthDate) {
    }

    /** One enrolment: who, where, when in and out, and why out. */
    record Stay(long id, Person person, CohortPlan cohort, LocalDate entry, LocalDate exit, ExitReason reason) {
        boolean dropped() {
            return reason != null && reason != ExitReason.COMPLETED;
        }
    }

    private List<Person> learners(List<CohortPlan> cohorts) throws SQLException {
        int count = (int) Math.round(LEARNERS * scale);
        List<Person> people = new ArrayList<>(count);
        try (Batch learner = new Batch(db, "learner", "id", "version", "first_name", "last_name", "birth_date",
                "gender", "email", "phone", "postcode", "commune", "site_id", "labour_status", "unemployed_since",
                "isced_level", "diploma_level", "disability", "third_country_national", "foreign_background",
                "minority", "homeless", "rural_area", "priority_neighbourhood", "search_key");
             Batch consent = new Batch(db, "consent", "id", "version", "learner_id", "purpose", "given", "given_on",
                     "method", "recorded_by", "withdrawn_on", "withdrawn_by").after(learner)) {
            for (int i = 0; i < count; i++) {
                CohortPlan first = cohorts.get((int) ((long) i * cohorts.size() / count));
                int site = first.site();
                int g = random.nextInt(100);
                String gender = g < 52 ? "WOMAN" : g < 98 ? "MAN" : g < 99 ? "NON_BINARY" : null;
                String firstName = gender == null || gender.equals("NON_BINARY") ? pick(NEUTRAL)
                        : gender.equals("WOMAN") ? pick(WOMEN) : pick(MEN);
                String lastName = pick(LAST);
                boolean popschool = first.programme() == this.popschool;
                int age = popschool ? 18 + random.nextInt(12) : 16 + random.nextInt(50);
                LocalDate birth = random.nextInt(40) == 0 ? null
                        : first.start().minusYears(age).minusDays(random.nextInt(365));
                int l = random.nextInt(100);
                String labour = l < 60 ? "UNEMPLOYED" : l < 85 ? "INACTIVE" : l < 98 ? "EMPLOYED" : null;
                LocalDate unemployedSince = "UNEMPLOYED".equals(labour) && random.nextInt(25) > 0
                        ? first.start().minusMonths(1 + random.nextInt(60)) : null;
                DiplomaLevel diploma = random.nextInt(30) == 0 ? null : diploma(popschool);
                boolean noContact = random.nextInt(40) == 0;
                long id = id();
                String slug = NameKey.fold(firstName + "." + lastName).replace(' ', '-') + id;
                learner.add(id, 1, firstName, lastName, birth, gender,
                        !noContact && random.nextInt(10) < 6 ? slug + "@example.org" : null,
                        !noContact && random.nextInt(10) < 9 ? String.format("06%08d", id % 100_000_000) : null,
                        random.nextInt(50) == 0 ? null : POSTCODES[site], SITES[site], sites[site], labour, unemployedSince,
                        diploma == null ? null : diploma.isced(), diploma, chance(8), chance(6), chance(15), chance(3),
                        chance(2), site == 3 ? chance(70) : chance(10), chance(35), NameKey.searchKey(firstName, lastName));
                Person p = new Person(id, site, birth);
                people.add(p);
                consent.add(id(), 1, id, "PROGRAMME_FOLLOW_UP", true, first.start(), "SIGNED_FORM", coordinator(1), null, null);
                consent.add(id(), 1, id, "SIX_MONTH_SURVEY", random.nextInt(10) < 8, first.start(),
                        random.nextBoolean() ? "SIGNED_FORM" : "ORAL", coordinator(1), null, null);
            }
            counts.put("learners", learner.rows());
            counts.put("consents", consent.rows());
        }
        return people;
    }

    private DiplomaLevel diploma(boolean popschool) {
        int d = random.nextInt(100);
        if (popschool) {
            return d < 30 ? DiplomaLevel.NONE : d < 55 ? DiplomaLevel.CAP_BEP : d < 85 ? DiplomaLevel.BACCALAUREAT
                    : DiplomaLevel.BAC_PLUS_2;
        }
        return d < 45 ? DiplomaLevel.NONE : d < 75 ? DiplomaLevel.CAP_BEP : d < 90 ? DiplomaLevel.BACCALAUREAT
                : d < 96 ? DiplomaLevel.BAC_PLUS_2 : DiplomaLevel.LICENCE;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Everyone enters the cohort their record was made for; some come back later to a second cohort of
     * the other programme or of the same one. Cohorts still to start hold enrolled people, running ones
     * active people (and early leavers), past ones people who completed or dropped out.
     */
    private List<Stay> enrolments(List<Person> people, List<CohortPlan> cohorts) throws SQLException {
        List<Stay> stays = new ArrayList<>();
        try (Batch enrolment = new Batch(db, "enrolment", "id", "version", "learner_id", "cohort_id", "entry_date",
                "exit_date", "exit_reason", "status", "age_at_entry")) {
            // cohorts start evenly over the period: this many start in a hundred days
            int gap = (int) Math.ceil(cohorts.size() * 100.0 / ChronoUnit.DAYS.between(PERIOD_START, today.plusWeeks(8)));
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                int index = (int) ((long) i * cohorts.size() / people.size());
                Stay first = stay(p, cohorts.get(index));
                enrolment(enrolment, first, stays);
                if (random.nextDouble() < RETURNING && first.exit() != null) {
                    int later = index + gap + random.nextInt(2 * gap);
                    if (later < cohorts.size() && cohorts.get(later).start().isAfter(first.exit())) {
                        enrolment(enrolment, stay(p, cohorts.get(later)), stays);
                    }
                }
            }
            counts.put("enrolments", enrolment.rows());
        }
        return stays;
    }

    private void enrolment(Batch enrolment, Stay s, List<Stay> stays) throws SQLException {
        String status = s.reason() == null ? (s.entry().isAfter(today) ? "ENROLLED" : "ACTIVE")
                : s.reason().closingStatus().name();
        enrolment.add(s.id(), 1, s.person().id(), s.cohort().id(), s.entry(), s.exit(), s.reason(), status, null);
        s.cohort().members().add(s);
        stays.add(s);
    }

    private Stay stay(Person p, CohortPlan c) {
        LocalDate entry = random.nextInt(5) == 0 ? c.start().plusDays(random.nextInt(14)) : c.start();
        boolean drops = random.nextInt(100) < 18;
        LocalDate dropDay = entry.plusDays(7 + random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(entry, c.end()) - 7)));
        LocalDate exit = null;
        ExitReason reason = null;
        if (drops && dropDay.isBefore(today) && !dropDay.isAfter(c.end())) {
            exit = dropDay;
            reason = DROP_REASONS[random.nextInt(DROP_REASONS.length)];
        } else if (c.end().isBefore(today)) {
            exit = c.end();
            reason = ExitReason.COMPLETED;
        }
        return new Stay(id(), p, c, entry, exit, reason);
    }

    // ---- equipment and loans -----------------------------------------------------------------------

    /** An item of a site, free again from a day (or lost for good). */
    private static final class Item {
        final long id;
        final int site;
        LocalDate freeFrom;
        String status = "AVAILABLE";
        String condition;

        Item(long id, int site, LocalDate freeFrom, String condition) {
            this.id = id;
            this.site = site;
            this.freeFrom = freeFrom;
            this.condition = condition;
        }
    }

    /**
     * Synapse lends equipment for the time of a cohort: items are taken from their site's shelf when
     * free, bought when none is; returns come after the exit, a few items are lost, a few overdue.
     */
    private void loans(List<Stay> stays) throws SQLException {
        List<Stay> borrowers = new ArrayList<>();
        double share = Math.min(1, LOANS * scale / Math.max(1, stays.stream()
                .filter(s -> s.cohort().programme() == synapse && !s.entry().isAfter(today)).count()));
        for (Stay s : stays) {
            if (s.cohort().programme() == synapse && !s.entry().isAfter(today) && random.nextDouble() < share) {
                borrowers.add(s);
            }
        }
        borrowers.sort((a, b) -> a.entry().compareTo(b.entry()));
        List<PriorityQueue<Item>> shelves = new ArrayList<>();
        for (int i = 0; i < SITES.length; i++) {
            shelves.add(new PriorityQueue<>((a, b) -> a.freeFrom.compareTo(b.freeFrom)));
        }
        List<Item> items = new ArrayList<>();
        String[] types = {"LAPTOP", "LAPTOP", "LAPTOP", "TABLET", "TABLET", "ROUTER_4G", "ROUTER_4G", "SIM"};
        Map<Long, String> typeOf = new LinkedHashMap<>();
        List<Object[]> loan = new ArrayList<>();
        List<Object[]> event = new ArrayList<>();
        {
            for (Stay s : borrowers) {
                PriorityQueue<Item> shelf = shelves.get(s.cohort().site());
                Item item = shelf.peek() != null && !shelf.peek().freeFrom.isAfter(s.entry()) ? shelf.poll() : null;
                if (item == null) {
                    item = new Item(id(), s.cohort().site(), s.entry(), "NEW");
                    items.add(item);
                    typeOf.put(item.id, types[random.nextInt(types.length)]);
                    event.add(row(id(), 1, item.id, null, "CREATED", s.entry().minusDays(7).atTime(9, 0), coordinator(1), null));
                }
                long id = id();
                LocalDate due = s.cohort().end().plusDays(7);
                String conditionOut = item.condition;
                event.add(row(id(), 1, item.id, id, "LENT", s.entry().atTime(10, 0), coordinator(1), null));
                LocalDate back = s.exit() == null ? null : s.exit().plusDays(random.nextInt(12));
                int fate = random.nextInt(100);
                if (back != null && back.isBefore(today) && fate < 4) { // lost
                    loan.add(row(id, 1, item.id, s.person().id(), s.entry(), coordinator(1), due, true, conditionOut,
                            null, "LOST", null, null, null, null, null, null));
                    event.add(row(id(), 1, item.id, id, "LOST", back.atTime(11, 0), coordinator(1), null));
                    item.status = "LOST";
                    item.freeFrom = LocalDate.MAX;
                } else if (back != null && back.isBefore(today) && fate >= 10) { // returned
                    String conditionIn = random.nextInt(20) == 0 ? "DAMAGED" : conditionOut.equals("NEW") ? "GOOD" : conditionOut;
                    loan.add(row(id, 1, item.id, s.person().id(), s.entry(), coordinator(1), due, true, conditionOut,
                            "chargeur", "RETURNED", back, coordinator(1), conditionIn, true,
                            conditionIn.equals("DAMAGED") ? "écran fêlé" : null, null));
                    event.add(row(id(), 1, item.id, id, "RETURNED", back.atTime(16, 0), coordinator(1), null));
                    item.condition = conditionIn.equals("DAMAGED") ? "FAIR" : conditionIn;
                    item.freeFrom = back.plusDays(1);
                    shelf.add(item);
                } else { // still out: the learner is in training, or it is overdue
                    loan.add(row(id, 1, item.id, s.person().id(), s.entry(), coordinator(1), due, random.nextInt(10) > 0,
                            conditionOut, "chargeur", null, null, null, null, null, null, item.id));
                    item.status = "ON_LOAN";
                    item.freeFrom = LocalDate.MAX;
                }
            }
        }
        try (Batch equipment = new Batch(db, "equipment", "id", "version", "asset_tag", "type", "make", "model",
                "serial_number", "site_id", "status", "item_condition", "notes");
             Batch loans = new Batch(db, "loan", "id", "version", "equipment_id", "learner_id", "out_date", "out_by",
                "due_date", "agreement_signed", "condition_out", "accessories", "closure", "returned_date",
                "returned_by", "condition_in", "data_wiped", "damage_notes", "open_item_id").after(equipment);
             Batch events = new Batch(db, "equipment_event", "id", "version", "equipment_id", "loan_id", "action",
                     "occurred_at", "done_by", "note").after(loans)) {
            for (Item item : items) {
                String type = typeOf.get(item.id);
                equipment.add(item.id, 1, String.format("BEN-%06d", item.id), type,
                        type.equals("SIM") ? "Orange" : type.equals("ROUTER_4G") ? "Huawei" : "Lenovo",
                        type.equals("SIM") ? "Forfait 50 Go" : type.equals("ROUTER_4G") ? "E5576" : "ThinkPad E14",
                        "SN" + item.id, sites[item.site], item.status, item.condition, null);
            }
            for (Object[] values : loan) {
                loans.add(values);
            }
            for (Object[] values : event) {
                events.add(values);
            }
            counts.put("equipment", equipment.rows());
            counts.put("loans", loans.rows());
            counts.put("equipment_events", events.rows());
        }
    }

    private static Object[] row(Object... values) {
        return values;
    }

    // ---- outcomes ----------------------------------------------------------------------------------

    /** At exit for most leavers, six months later for most of those whose follow-up window has opened. */
    private void outcomes(List<Stay> stays) throws SQLException {
        try (Batch outcome = new Batch(db, "outcome", "id", "version", "enrolment_id", "learner_id", "timing",
                "observed_on", "job_searching", "in_education", "gained_qualification", "employed", "contract_type",
                "better_situation", "inactive", "situation_unknown", "source", "note", "recorded_by", "recorded_at")) {
            for (Stay s : stays) {
                if (s.exit() == null) {
                    continue;
                }
                LocalDate atExit = s.exit().plusDays(random.nextInt(10));
                if (random.nextInt(100) < 85 && !atExit.isAfter(today)) {
                    outcome(outcome, s, OutcomeTiming.AT_EXIT, atExit, situation(OutcomeTiming.AT_EXIT, s));
                }
                LocalDate later = OutcomeTiming.SIX_MONTHS.dueOn(s.exit()).plusDays(random.nextInt(30) - 10);
                if (random.nextInt(100) < 60 && !later.isAfter(today)) {
                    outcome(outcome, s, OutcomeTiming.SIX_MONTHS, later, situation(OutcomeTiming.SIX_MONTHS, s));
                }
            }
            counts.put("outcomes", outcome.rows());
        }
    }

    private void outcome(Batch outcome, Stay s, OutcomeTiming timing, LocalDate observed, Situation v) throws SQLException {
        if (!timing.accepts(s.exit(), observed) || !v.problems(timing).isEmpty()) {
            throw new IllegalStateException("generated an outcome the app would refuse: " + v + " on " + observed);
        }
        outcome.add(id(), 1, s.id(), s.person().id(), timing, observed, v.jobSearching(), v.inEducationOrTraining(),
                v.gainedQualification(), v.employed(), v.contractType(), v.betterSituation(), v.inactive(), v.unknown(),
                random.nextInt(3) == 0 ? "DOCUMENT" : timing == OutcomeTiming.SIX_MONTHS ? "SURVEY" : "DECLARATION",
                null, coordinator(1), observed.atTime(15, 0));
    }

    private Situation situation(OutcomeTiming timing, Stay s) {
        int r = random.nextInt(100);
        boolean six = timing == OutcomeTiming.SIX_MONTHS;
        if (r < 5) {
            return Situation.unknownSituation();
        }
        boolean employed = s.reason() == ExitReason.EMPLOYMENT || r < (six ? 40 : 18);
        boolean education = !employed && (s.reason() == ExitReason.OTHER_TRAINING || r < 30);
        boolean inactive = !employed && !education && r > 90;
        ContractType contract = employed ? ContractType.values()[random.nextInt(ContractType.values().length)] : null;
        return new Situation(!employed && !inactive, education, s.reason() == ExitReason.COMPLETED && r % 3 == 0,
                employed, contract, six && (employed || education) && r % 2 == 0, inactive, false);
    }
}
