package org.tremplin.shared.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config/backup.sh} as an operator runs it (its own process, the app's configuration in its
 * environment), on embedded H2 and on PostgreSQL: a backup restored into an empty database holds every
 * row of every table, the Flyway history and the sequence, so the app starts on it without migrating;
 * a database that is not empty is refused and left as it was. Plain JUnit, no Payara; the script takes
 * H2 from {@code target/tremplin.war}, there once {@code package} ran. PostgreSQL: the server of
 * {@code TREMPLIN_DB_URL} when the run targets PostgreSQL, else 127.0.0.1:5432 as {@code postgres};
 * the PostgreSQL tests are skipped when no server answers there.
 */
class BackupRestoreIT {

    private static final Path SCRIPT = Path.of("config", "backup.sh").toAbsolutePath();

    /** A row in every table of the schema (competence is filled by the migrations), odd values included. */
    private static final List<String> RECORDS = List.of(
            "INSERT INTO programme (id, version, name, funder, start_date, end_date, min_attendance_days)"
                    + " VALUES (1, 0, 'Synapse', 'FEDER', DATE '2026-01-01', DATE '2027-12-31', 2)",
            "INSERT INTO site (id, version, name, commune) VALUES (2, 0, 'Lille-Sud', 'Lille')",
            "INSERT INTO cohort (id, version, programme_id, site_id, name, start_date, end_date, planned_hours)"
                    + " VALUES (3, 0, 1, 2, 'Cohorte A', DATE '2026-02-01', DATE '2026-06-30', 120)",
            "INSERT INTO learner (id, version, first_name, last_name, birth_date, gender, email, phone, postcode, commune,"
                    + " site_id, labour_status, unemployed_since, isced_level, disability, homeless, search_key, diploma_level)"
                    + " VALUES (4, 3, 'Élise', 'D''Artagnan', DATE '1990-05-17', 'WOMAN', 'elise@example.org', '06 00 00 00 00',"
                    + " '59000', 'Lille', 2, 'UNEMPLOYED', DATE '2024-01-01', 3, TRUE, TRUE, 'dartagnan elise', 'BACCALAUREAT')",
            "INSERT INTO learner (id, version, first_name, last_name, site_id, search_key)"
                    + " VALUES (5, 0, 'Sam', 'Sans-Détails', 2, 'sans-details sam')",
            "INSERT INTO enrolment (id, version, learner_id, cohort_id, entry_date, exit_date, exit_reason, status)"
                    + " VALUES (6, 1, 4, 3, DATE '2026-02-02', DATE '2026-06-30', 'COMPLETED', 'COMPLETED')",
            "INSERT INTO enrolment (id, version, learner_id, cohort_id, entry_date, status)"
                    + " VALUES (7, 0, 5, 3, DATE '2026-02-03', 'ACTIVE')",
            "INSERT INTO enrolment_entry_sheet (enrolment_id, labour_status, unemployed_since, isced_level, homeless)"
                    + " VALUES (6, 'UNEMPLOYED', DATE '2025-01-15', 3, TRUE)",
            "INSERT INTO account (id, version, username, display_name, password_hash, role, enabled, email)"
                    + " VALUES (8, 0, 'coordinator', 'Coordinatrice', 'PBKDF2WithHmacSHA256:210000:c2Fs:aGFzaA==',"
                    + " 'COORDINATOR', TRUE, 'c@example.org')",
            "INSERT INTO account_site (account_id, site_id) VALUES (8, 2)",
            "INSERT INTO account_programme (account_id, programme_id) VALUES (8, 1)",
            "INSERT INTO consent (id, version, learner_id, purpose, given, given_on, method, recorded_by, withdrawn_on, withdrawn_by)"
                    + " VALUES (9, 0, 4, 'SIX_MONTH_SURVEY', TRUE, DATE '2026-02-02', 'SIGNED_FORM', 'coordinator',"
                    + " DATE '2026-03-01', 'coordinator')",
            "INSERT INTO equipment (id, version, asset_tag, type, make, model, serial_number, site_id, status, item_condition, notes,"
                    + " replacement_value, accessories)"
                    + " VALUES (10, 2, 'SYN-0001', 'LAPTOP', 'Lenovo', 'T14', 'SN-1', 2, 'ON_LOAN', 'GOOD',"
                    + " 'chargeur \"USB-C\";\nsacoche', 449.90, 'chargeur, sacoche')",
            "INSERT INTO loan (id, version, equipment_id, learner_id, out_date, out_by, due_date, agreement_signed,"
                    + " condition_out, accessories, open_item_id)"
                    + " VALUES (11, 0, 10, 4, DATE '2026-02-10', 'coordinator', DATE '2026-06-30', TRUE, 'GOOD', 'sacoche', 10)",
            "INSERT INTO loan (id, version, equipment_id, learner_id, out_date, out_by, due_date, agreement_signed,"
                    + " condition_out, closure, returned_date, returned_by, condition_in, data_wiped, missing_accessories,"
                    + " reminded_on, reminders_sent)"
                    + " VALUES (12, 1, 10, 5, DATE '2026-01-05', 'coordinator', DATE '2026-01-31', FALSE, 'NEW',"
                    + " 'RETURNED', DATE '2026-01-30', 'coordinator', 'GOOD', TRUE, 'sacoche', DATE '2026-01-29', 1)",
            "INSERT INTO equipment_event (id, version, equipment_id, loan_id, action, occurred_at, done_by)"
                    + " VALUES (13, 0, 10, 11, 'LENT', TIMESTAMP '2026-02-10 09:15:30.123456', 'coordinator')",
            "INSERT INTO training_session (id, version, cohort_id, session_date, start_time, end_time, minutes, trainer,"
                    + " place, topic, series_id, sheet_on_file, attendance_taken_at, attendance_taken_by)"
                    + " VALUES (14, 0, 3, DATE '2026-03-02', TIME '09:00:00', TIME '12:30:00', 210, 'trainer',"
                    + " 'Salle 1', 'Messagerie', 1014, TRUE, TIMESTAMP '2026-03-02 12:31:00', 'trainer')",
            "INSERT INTO session_competence (session_id, competence_code) VALUES (14, '2.1')",
            "INSERT INTO attendance (session_id, learner_id, status, minutes) VALUES (14, 4, 'LATE', 180)",
            "INSERT INTO attendance (session_id, learner_id, status, minutes) VALUES (14, 5, 'ABSENT', 0)",
            "INSERT INTO attendance_change (session_id, learner_id, old_status, new_status, changed_by, changed_at)"
                    + " VALUES (14, 4, 'ABSENT', 'LATE', 'trainer', TIMESTAMP '2026-03-03 08:00:00')",
            "INSERT INTO participation (programme_id, learner_id, participation_date) VALUES (1, 4, DATE '2026-03-02')",
            "INSERT INTO absence_streak (cohort_id, learner_id, absences, last_mark) VALUES (3, 5, 1, DATE '2026-03-02')",
            "INSERT INTO programme_person (programme_id, learner_id, site_id, first_entry, entry_age, last_exit, open_count,"
                    + " completed_count, labour_status, unemployed_since, isced_level, disability, third_country_national,"
                    + " foreign_background, minority, homeless, rural_area, eecr01, eecr02, eecr03, eecr04, eecr05, eecr06)"
                    + " VALUES (1, 4, 2, DATE '2026-02-02', NULL, DATE '2026-06-30', 0, 1, 'UNEMPLOYED', DATE '2024-01-01', 3,"
                    + " TRUE, FALSE, FALSE, FALSE, TRUE, FALSE, 0, 0, 0, 0, 1, 1)",
            "INSERT INTO follow_up_due (enrolment_id, timing, exit_date, site_id) VALUES (6, 'AT_EXIT', DATE '2026-06-30', 2)",
            "INSERT INTO site_learner_count (site_id, learners, incomplete) VALUES (2, 2, 1)",
            "INSERT INTO site_enrolment_count (site_id, programme_id, participants, active, exited) VALUES (2, 1, 1, 0, 1)",
            "INSERT INTO multi_site_person (programme_id, learner_id, site_id) VALUES (1, 4, 2)",
            "INSERT INTO assessment (id, version, learner_id, assessed_on, kind, method, assessor)"
                    + " VALUES (15, 0, 4, DATE '2026-02-03', 'ENTRY', 'PIX', 'trainer')",
            "INSERT INTO assessment_level (assessment_id, competence_code, level) VALUES (15, '1.1', 3)",
            "INSERT INTO outcome (id, version, enrolment_id, learner_id, timing, observed_on, employed, contract_type,"
                    + " better_situation, source, recorded_by, recorded_at)"
                    + " VALUES (16, 0, 6, 4, 'SIX_MONTHS', DATE '2026-12-30', TRUE, 'FIXED_TERM_6M_PLUS', TRUE, 'SURVEY',"
                    + " 'coordinator', TIMESTAMP '2027-01-04 10:00:00')",
            "INSERT INTO survey_invitation (id, version, enrolment_id, learner_id, secret_hash, language, sent_at, sent_by,"
                    + " channels, expires_on, reminders) VALUES (18, 0, 6, 4, 'c0ffee', 'fr',"
                    + " TIMESTAMP '2026-12-20 09:00:00', 'system', 'SMS', DATE '2027-01-19', 1)",
            "INSERT INTO contact_attempt (id, version, enrolment_id, learner_id, timing, attempted_at, channel, reached, note,"
                    + " recorded_by, recorded_at) VALUES (19, 0, 6, 4, 'SIX_MONTHS', TIMESTAMP '2026-12-21 18:05:00', 'PHONE',"
                    + " FALSE, 'messagerie « pleine »', 'coordinator', TIMESTAMP '2026-12-21 18:06:00')",
            "INSERT INTO accompaniment (id, version, site_id, happened_on, topic, duration_minutes, equipment_used, first_name,"
                    + " note, learner_id, recorded_by, recorded_at) VALUES (20, 0, 2, DATE '2026-01-15', 'ONLINE_PROCEDURES', 45,"
                    + " 'OWN_PHONE', 'Zoé', 'CAF : déclaration', 4, 'coordinator', TIMESTAMP '2026-01-15 11:00:00')",
            "INSERT INTO programme_target (programme_id, code, target) VALUES (1, 'EECO01', 400)",
            "INSERT INTO api_token (id, version, account_id, name, scope, lookup, secret_hash, created_at, expires_on,"
                    + " revoked_at, last_used_at) VALUES (17, 0, 8, 'Tableur « suivi »', 'READ', '0123456789abcdef', '"
                    + "b".repeat(64) + "', TIMESTAMP '2026-03-01 10:00:00', DATE '2026-09-01', NULL,"
                    + " TIMESTAMP '2026-03-02 11:00:00.5')",
            "INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id, detail, wording, prev_hash, hash)"
                    + " VALUES (1, TIMESTAMP '2026-03-02 09:15:00.123', 'coordinator', 'UPDATE', 'Learner', 4,"
                    + " 'fields: email, phone', 'fields\u001femail, phone', '" + "0".repeat(64) + "', '" + "a".repeat(64) + "')",
            "UPDATE audit_head SET seq = 1, hash = '" + "a".repeat(64) + "' WHERE id = 1");

    @TempDir
    Path work;

    private final List<Database> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() throws SQLException {
        for (Database db : databases) {
            db.drop();
        }
    }

    @Test
    void anH2BackupRestoredIntoAnEmptyDatabaseHoldsEveryRecord() throws Exception {
        backupAndRestore(h2("source"), h2("restored"));
    }

    @Test
    void aPostgresBackupRestoredIntoAnEmptyDatabaseHoldsEveryRecord() throws Exception {
        backupAndRestore(postgres(), postgres());
    }

    @Test
    void anH2RestoreIntoADatabaseWithTablesIsRefusedAndChangesNothing() throws Exception {
        H2 target = h2("target");
        restoreIsRefused(h2("source"), target);
        try (Stream<Path> files = Files.list(target.dataDir())) {
            assertEquals(List.of("tremplin.mv.db"), files.map(f -> f.getFileName().toString())
                    .filter(f -> !f.endsWith(".trace.db")).toList(), "no scratch database left behind");
        }
    }

    @Test
    void aPostgresRestoreIntoADatabaseWithTablesIsRefusedAndChangesNothing() throws Exception {
        restoreIsRefused(postgres(), postgres());
    }

    @Test
    void anH2BackupWhileTheDatabaseIsOpenIsRefused() throws Exception {
        H2 source = h2("source");
        filled(source);
        Path backup = work.resolve("backup.zip");
        try (Connection app = source.connect()) { // an embedded H2 is locked by the process holding it open
            Result result = run(source, "backup", backup.toString());
            assertEquals(1, result.exit(), result.output());
            assertTrue(result.output().contains("in use"), result.output());
        }
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of("source"), files.map(f -> f.getFileName().toString()).toList(), "no backup file written");
        }
    }

    @Test
    void badArgumentsPrintTheUsageAndFail() throws Exception {
        H2 db = h2("any");
        for (String[] args : List.of(new String[0], new String[] {"backup"}, new String[] {"copy", "x.zip"},
                new String[] {"backup", "x.zip", "y.zip"})) {
            Result result = run(db, args);
            assertEquals(2, result.exit(), String.join(" ", args) + ": " + result.output());
            assertTrue(result.output().contains("usage: backup.sh backup FILE"), result.output());
        }
    }

    private void backupAndRestore(Database source, Database target) throws Exception {
        filled(source);
        try (Connection c = source.connect()) {
            for (int i = 0; i < 3; i++) {
                nextValue(c); // the sequence moves on: a restore that reset it would hand out used ids
            }
        }
        Map<String, List<String>> before = contents(source);
        before.forEach((table, rows) -> assertFalse(rows.isEmpty(),
                table + " has no row in the source: add one to BackupRestoreIT.RECORDS"));
        assertTrue(before.containsKey("flyway_schema_history"), before.keySet().toString());
        Path backup = work.resolve("tremplin.backup");

        Result saved = run(source, "backup", backup.toString());
        assertEquals(0, saved.exit(), saved.output());
        Result restored = run(target, "restore", backup.toString());
        assertEquals(0, restored.exit(), restored.output());

        Map<String, List<String>> after = contents(target);
        assertEquals(before.keySet(), after.keySet(), "tables");
        before.forEach((table, rows) -> assertEquals(rows, after.get(table), table));
        long sourceNext;
        long restoredNext;
        try (Connection s = source.connect(); Connection r = target.connect()) {
            sourceNext = nextValue(s);
            restoredNext = nextValue(r);
        }
        assertTrue(restoredNext >= sourceNext, "tremplin_seq restored at " + restoredNext + ", source at " + sourceNext);
        assertEquals(0, migrate(target), "the app starts on the restored database without migrating");
    }

    private void restoreIsRefused(Database source, Database target) throws Exception {
        filled(source);
        Path backup = work.resolve("tremplin.backup");
        Result saved = run(source, "backup", backup.toString());
        assertEquals(0, saved.exit(), saved.output());
        migrate(target);
        execute(target, List.of("INSERT INTO site (id, version, name, commune) VALUES (2, 0, 'Déjà là', 'Roubaix')"));
        Map<String, List<String>> before = contents(target);

        Result refused = run(target, "restore", backup.toString());

        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("is not empty"), refused.output());
        assertTrue(refused.output().contains("nothing restored"), refused.output());
        assertEquals(before, contents(target));
    }

    // ---- databases ----------------------------------------------------------------------------

    /** The app's configuration naming one database, and a JDBC way in for the test. */
    private interface Database {
        String url();

        String user();

        String password();

        Map<String, String> environment();

        default Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user(), password());
        }

        default void drop() throws SQLException {
        }
    }

    /** An embedded H2 database in its own data directory, opened as the app opens it. */
    private record H2(Path dataDir) implements Database {
        public String url() {
            return TremplinDataSource.h2Url(dataDir.resolve("tremplin").toString());
        }

        public String user() {
            return "tremplin";
        }

        public String password() {
            return "";
        }

        public Map<String, String> environment() {
            return Map.of(TremplinDataSource.DATA_DIR, dataDir.toString());
        }
    }

    private record Postgres(String server, String name, String user, String password) implements Database {
        public String url() {
            return server + name;
        }

        public Map<String, String> environment() {
            return Map.of(TremplinDataSource.DB_URL, url(), TremplinDataSource.DB_USER, user, TremplinDataSource.DB_PASSWORD, password);
        }

        @Override
        public void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private H2 h2(String name) throws IOException {
        return new H2(Files.createDirectories(work.resolve(name)));
    }

    /** A new empty database on the PostgreSQL server of the run (see the class comment). */
    private Postgres postgres() throws SQLException {
        String configured = setting(TremplinDataSource.DB_URL).filter(u -> u.startsWith("jdbc:postgresql:")).orElse(null);
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String user = "postgres";
        String password = "";
        if (configured != null) {
            String noQuery = configured.split("\\?", 2)[0];
            server = noQuery.substring(0, noQuery.lastIndexOf('/') + 1);
            user = setting(TremplinDataSource.DB_USER).orElse(user);
            password = setting(TremplinDataSource.DB_PASSWORD).orElse(password);
        }
        String name = "tremplin_backup_it_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (configured != null) {
                throw e;
            }
            Assumptions.abort("no PostgreSQL answering at " + server + " as " + user + ": " + e.getMessage());
        }
        Postgres db = new Postgres(server, name, user, password);
        databases.add(db);
        return db;
    }

    /** The real migrations, as Startup runs them; returns how many were applied. */
    private static int migrate(Database db) {
        return Flyway.configure(BackupRestoreIT.class.getClassLoader())
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .load()
                .migrate().migrationsExecuted;
    }

    private static void filled(Database db) throws SQLException {
        // an H2 file stays open from the migration to the last record (one close, not one per step): reopened
        // between the two, H2 2.3.232 was found "corrupted: double mark" once the survey table held a row
        try (Connection keep = db instanceof H2 ? db.connect() : null) {
            migrate(db);
            execute(db, RECORDS);
        }
    }

    private static void execute(Database db, List<String> statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    private static long nextValue(Connection c) throws SQLException {
        boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(h2 ? "SELECT NEXT VALUE FOR tremplin_seq" : "SELECT nextval('tremplin_seq')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table of the app's schema and its rows as text, ordered by every column. */
    private static Map<String, List<String>> contents(Database db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.connect()) {
            List<String> names = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
                p.setString(1, c.getSchema());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            for (String table : names) {
                tables.put(table, rows(c, table));
            }
        }
        return tables;
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            int columns;
            try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
                columns = rs.getMetaData().getColumnCount();
            }
            String order = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + order)) {
                while (rs.next()) {
                    StringJoiner row = new StringJoiner(" | ");
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getMetaData().getColumnLabel(i) + "=" + rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    // ---- the script ---------------------------------------------------------------------------

    private record Result(int exit, String output) {
    }

    /** Runs config/backup.sh with only {@code db}'s configuration (none inherited from this JVM). */
    private Result run(Database db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("backup-sh", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("TREMPLIN_"));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(db.environment());
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("backup.sh " + String.join(" ", args) + " still running after 60 s");
            }
            return new Result(process.exitValue(), Files.readString(output, UTF_8));
        } finally {
            Files.delete(output);
        }
    }

    private static java.util.Optional<String> setting(String key) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(key, String.class);
    }
}
