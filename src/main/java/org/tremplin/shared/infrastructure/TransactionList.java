package org.tremplin.shared.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list kept with the current transaction (the audit trail's waiting events, the entities whose kept rows are
 * to be written again), handled when the outermost service call returns; what is left in it at a commit is
 * reported, as work done outside such a call.
 */
public final class TransactionList {

    private TransactionList() {
    }

    /** Whether a transaction is running and can still commit. */
    public static boolean active(TransactionSynchronizationRegistry transactions) {
        return transactions.getTransactionKey() != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * The transaction's list under {@code key}, created at the first call; {@code leftAtCommit} gets it if the
     * transaction commits with items still in it.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> of(TransactionSynchronizationRegistry transactions, Object key, Consumer<List<T>> leftAtCommit) {
        List<T> list = (List<T>) transactions.getResource(key);
        if (list == null) {
            List<T> created = new ArrayList<>();
            transactions.putResource(key, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && !created.isEmpty()) {
                        leftAtCommit.accept(created);
                    }
                }
            });
            list = created;
        }
        return list;
    }
}
