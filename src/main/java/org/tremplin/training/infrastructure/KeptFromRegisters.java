package org.tremplin.training.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * A table of figures kept from the registers ({@link Participations}, {@link AbsenceStreaks}): rows written
 * again, in the transaction that writes a register, from one SELECT that is their only definition.
 */
abstract class KeptFromRegisters {

    private static final Logger LOG = Logger.getLogger(KeptFromRegisters.class.getName());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    private final String table;
    private final String insert;
    private final String compute;
    private final String[] rebuild;

    /**
     * @param compute the SELECT of the rows (in the table's column order) with one {@code %s}: the condition
     *                keeping the attendance to compute from
     */
    KeptFromRegisters(String table, String columns, String compute) {
        this.table = table;
        this.insert = insert(table, columns);
        this.compute = compute;
        this.rebuild = rebuild(table, columns, compute);
    }

    /** Every row, computed whole: a DELETE, then an INSERT (also for data written outside the app: the benchmark's). */
    static String[] rebuild(String table, String columns, String compute) {
        return new String[] {"DELETE FROM " + table, insert(table, columns) + compute.formatted("1 = 1")};
    }

    private static String insert(String table, String columns) {
        return "INSERT INTO " + table + " (" + columns + ") ";
    }

    /**
     * The rows kept by {@code rows} (a condition on the table's columns) replaced by those computed from the
     * attendance kept by {@code attendance}; {@code ?1} in either is {@code parameter}. Two statements.
     */
    void recompute(String rows, String attendance, Object parameter) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE " + rows).setParameter(1, parameter).executeUpdate();
        em.createNativeQuery(insert + compute.formatted(attendance)).setParameter(1, parameter).executeUpdate();
    }

    /**
     * At start-up: the table computed whole when it is empty while registers exist, that is after the
     * migration that created it, or a restore of a backup made before (a few seconds at scale 10, once).
     */
    void fillIfEmpty() {
        boolean missing = em.createNativeQuery("SELECT 1 FROM attendance WHERE NOT EXISTS (SELECT 1 FROM " + table + ")")
                .setMaxResults(1).getResultList().size() == 1;
        if (missing) {
            long begin = System.nanoTime();
            em.createNativeQuery(rebuild[0]).executeUpdate();
            int rows = em.createNativeQuery(rebuild[1]).executeUpdate();
            LOG.info(() -> table + " computed from the registers: " + rows + " rows in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
        }
    }
}
