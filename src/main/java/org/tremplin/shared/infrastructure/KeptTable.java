package org.tremplin.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * A table of figures kept from other tables (training's participation dates and absences in a row, kept from
 * the registers; the report's person rows, kept from the enrolments and outcomes): rows written again, in the
 * transaction that writes what they come from, by one SELECT that is their only definition.
 */
public abstract class KeptTable {

    private static final Logger LOG = Logger.getLogger(KeptTable.class.getName());

    @PersistenceContext(unitName = "tremplin")
    protected EntityManager em;

    private final String table;
    private final String insert;
    private final UnaryOperator<String> compute;
    private final String source;

    /**
     * @param compute the SELECT of the rows (in the table's column order) of the source rows kept by a condition
     * @param source  the table they come from: the kept table is computed whole when it is empty while this one is not
     */
    protected KeptTable(String table, String columns, UnaryOperator<String> compute, String source) {
        this.table = table;
        this.insert = insert(table, columns);
        this.compute = compute;
        this.source = source;
    }

    /** The table's name. */
    protected String table() {
        return table;
    }

    /** Every row, computed whole: a DELETE, then an INSERT (also for data written outside the app: the benchmark's). */
    public static String[] rebuild(String table, String columns, UnaryOperator<String> compute) {
        return new String[] {"DELETE FROM " + table, insert(table, columns) + compute.apply("1 = 1")};
    }

    private static String insert(String table, String columns) {
        return "INSERT INTO " + table + " (" + columns + ") ";
    }

    /**
     * The rows kept by {@code rows} (a condition on the table's columns) replaced by those computed from the
     * source rows kept by {@code from}; {@code ?1} in either is {@code parameter} (none when null). Two statements.
     */
    protected void recompute(String rows, String from, Object parameter) {
        var delete = em.createNativeQuery("DELETE FROM " + table + " WHERE " + rows);
        var insert = em.createNativeQuery(this.insert + compute.apply(from));
        if (parameter != null) {
            delete.setParameter(1, parameter);
            insert.setParameter(1, parameter);
        }
        delete.executeUpdate();
        insert.executeUpdate();
    }

    /**
     * At start-up: the table computed whole when it is empty while its source is not, that is after the
     * migration that created it, or a restore of a backup made before (a few seconds at scale 10, once).
     */
    protected void fillIfEmpty() {
        boolean missing = em.createNativeQuery("SELECT 1 FROM " + source + " WHERE NOT EXISTS (SELECT 1 FROM " + table + ")")
                .setMaxResults(1).getResultList().size() == 1;
        if (missing) {
            long begin = System.nanoTime();
            int rows = em.createNativeQuery(this.insert + compute.apply("1 = 1")).executeUpdate();
            LOG.info(() -> table + " computed from " + source + ": " + rows + " rows in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
        }
    }
}
