package org.tremplin.shared.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's JDBC data source, chosen by configuration only: PostgreSQL when
 * {@code TREMPLIN_DB_URL} is set, otherwise an embedded H2 file database under
 * {@code TREMPLIN_DATA_DIR}. Payara pools it (see {@link DataSourceConfig}).
 */
public class TremplinDataSource implements DataSource {

    private final DataSource delegate = create();

    static DataSource create() {
        return Settings.get(Settings.DB_URL).map(TremplinDataSource::postgres).orElseGet(TremplinDataSource::h2);
    }

    static DataSource postgres(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(Settings.DB_URL + " must be a jdbc:postgresql: URL, got " + url);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        Settings.get(Settings.DB_USER).ifPresent(ds::setUser);
        Settings.get(Settings.DB_PASSWORD).ifPresent(ds::setPassword);
        return ds;
    }

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(Settings.dataDir().resolve("tremplin").toString()));
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
