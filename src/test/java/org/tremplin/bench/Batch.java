package org.tremplin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One INSERT statement filled row by row and sent in batches of {@value #SIZE}; counts its rows. */
final class Batch implements AutoCloseable {

    static final int SIZE = 1000;

    private final PreparedStatement statement;
    private final String table;
    private Batch[] parents = {};
    private int pending;
    private long rows;

    Batch(Connection connection, String table, String... columns) throws SQLException {
        this.table = table;
        String marks = "?" + ", ?".repeat(columns.length - 1);
        this.statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")");
    }

    /** Rows of this table refer to rows of those: they are always sent first. */
    Batch after(Batch... parents) {
        this.parents = parents;
        return this;
    }

    /** Adds one row: values in column order; LocalDate, LocalDateTime and LocalTime are bound as SQL types. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int index = i + 1;
            switch (v) {
                case null -> statement.setNull(index, Types.NULL);
                case LocalDate date -> statement.setDate(index, java.sql.Date.valueOf(date));
                case LocalDateTime time -> statement.setTimestamp(index, Timestamp.valueOf(time));
                case LocalTime time -> statement.setTime(index, java.sql.Time.valueOf(time));
                case Enum<?> e -> statement.setString(index, e.name());
                default -> statement.setObject(index, v);
            }
        }
        statement.addBatch();
        rows++;
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (Batch parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
