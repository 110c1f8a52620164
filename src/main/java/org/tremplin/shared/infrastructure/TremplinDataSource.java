package org.tremplin.shared.infrastructure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's JDBC data source, chosen by configuration only: PostgreSQL when
 * {@code TREMPLIN_DB_URL} is set, otherwise an embedded H2 file database under
 * {@code TREMPLIN_DATA_DIR}. Payara pools it (see {@link DataSourceConfig}).
 */
public class TremplinDataSource implements DataSource {

    public static final String DATA_DIR = "TREMPLIN_DATA_DIR";
    public static final String DB_URL = "TREMPLIN_DB_URL";
    public static final String DB_USER = "TREMPLIN_DB_USER";
    public static final String DB_PASSWORD = "TREMPLIN_DB_PASSWORD";

    /**
     * Payara builds the pool's data source before CDI is up, and Flyway's at start-up: both read the configuration
     * straight from MicroProfile Config (environment variables, then JVM system properties, which win).
     */
    private final DataSource delegate = create(ConfigProvider.getConfig(TremplinDataSource.class.getClassLoader()));

    static DataSource create(Config config) {
        return config.getOptionalValue(DB_URL, String.class).map(url -> postgres(url, config)).orElseGet(() -> h2(config));
    }

    /** Whether the app's configuration chooses PostgreSQL ({@value #DB_URL} set), as {@link #create} does. */
    public static boolean configuredForPostgres() {
        return ConfigProvider.getConfig(TremplinDataSource.class.getClassLoader()).getOptionalValue(DB_URL, String.class).isPresent();
    }

    static DataSource postgres(String url, Config config) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(DB_URL + " must be a jdbc:postgresql: URL, got " + url);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        config.getOptionalValue(DB_USER, String.class).ifPresent(ds::setUser);
        config.getOptionalValue(DB_PASSWORD, String.class).ifPresent(ds::setPassword);
        return ds;
    }

    /** The folder of the embedded database and files ({@value #DATA_DIR}, default {@code ./data}). */
    public static Path dataDir(Config config) {
        return Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse("./data")).toAbsolutePath().normalize();
    }

    static DataSource h2(Config config) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(dataDir(config).resolve("tremplin").toString()));
        ds.setUser("tremplin");
        ds.setPassword("");
        return ds;
    }

    static String h2Url(String file) {
        // embedded only: AUTO_SERVER made a starting instance dial the TCP server of one still stopping.
        // Row locks (a lend locks its item) wait up to 10 s, as PostgreSQL would, not H2's default 1 s.
        // WRITE_DELAY=0: a commit is written to the file before it returns. H2's default (500 ms) acknowledged
        // commits that a killed process then lost (CrashRecoveryIT: 6 of 66 learners answered 201 were gone).
        return "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }

    public boolean isPostgres() {
        return delegate instanceof PGSimpleDataSource;
    }

    /** "PostgreSQL", or "H2 in" its folder, for the start-up log. */
    public String describe() {
        return isPostgres() ? "PostgreSQL" : "H2 in " + dataDir(ConfigProvider.getConfig(TremplinDataSource.class.getClassLoader()));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // credentials come from the configuration, never from the pool definition
        return delegate.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
