package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema on an embedded H2 file in a fresh data directory, as at a first start and a restart. */
class MigrationTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void useTemporaryDataDirectory() {
        System.setProperty(TremplinDataSource.DATA_DIR, dataDir.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(TremplinDataSource.DATA_DIR);
    }

    @Test
    void firstStartAppliesEveryMigrationAndARestartNone() throws SQLException {
        MigrateResult first = Startup.migrate();
        assertEquals(first.migrations.size(), first.migrationsExecuted);
        assertEquals(true, first.migrationsExecuted >= 1);
        try (Connection c = new TremplinDataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO site (id, version, name, commune) VALUES (1, 0, 'Kept', 'Lille')");
        }

        MigrateResult restart = Startup.migrate();

        assertEquals(0, restart.migrationsExecuted);
        try (Connection c = new TremplinDataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM site WHERE id = 1")) {
            rs.next();
            assertEquals("Kept", rs.getString(1), "records survive a restart");
        }
    }

    @Test
    void theDatabaseRefusesWhatTheDomainForbids() throws SQLException {
        Startup.migrate();
        try (Connection c = new TremplinDataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO site (id, version, name, commune) VALUES (1, 0, 'Lille-Sud', 'Lille')");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO site (id, version, name, commune) VALUES (2, 0, 'Lille-Sud', 'Roubaix')"), "unique name");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO programme (id, version, name, funder, start_date, end_date) "
                            + "VALUES (3, 0, 'P', 'F', DATE '2026-01-02', DATE '2026-01-01')"), "period order");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO learner (id, version, first_name, last_name, site_id, search_key, isced_level) "
                            + "VALUES (4, 0, 'A', 'B', 1, 'b a', 9)"), "ISCED 0-8");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO learner (id, version, first_name, last_name, site_id, search_key) "
                            + "VALUES (5, 0, 'A', NULL, 1, 'a')"), "last name required");
        }
    }
}
