package org.tremplin.audit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes what several callers submit at the same moment in one go (group commit): a caller that finds
 * no write under way writes everything waiting, its own items included; those who arrive meanwhile wait,
 * and the first of them to wake writes all of theirs. Each caller returns once its own items are written,
 * or gets the writer's exception; it waits for at most the write under way and then its own. The order
 * of the items is the order they were submitted in.
 * <p>
 * The audit trail uses it for the events that commit on their own (token uses, failed logins): each is
 * still a row of the chain, committed before the caller goes on, but twenty callers at once cost one
 * lock of the chain's head and one commit instead of twenty in a row.
 */
final class GroupCommit<T> {

    private final Consumer<List<T>> writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private List<Entry<T>> waiting = new ArrayList<>();
    private boolean writing;

    GroupCommit(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    /** Writes the items, with whatever else is waiting; returns when they are written. */
    void submit(List<T> items) {
        Entry<T> mine = new Entry<>(items);
        List<Entry<T>> batch;
        lock.lock();
        try {
            waiting.add(mine);
            while (writing && !mine.finished) {
                written.awaitUninterruptibly();
            }
            if (mine.finished) {
                mine.rethrow();
                return;
            }
            writing = true;
            batch = waiting;
            waiting = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        RuntimeException failure = null;
        try {
            List<T> all = new ArrayList<>();
            batch.forEach(e -> all.addAll(e.items));
            writer.accept(all);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException("the write failed", e);
            throw e;
        } finally {
            lock.lock();
            try {
                for (Entry<T> e : batch) {
                    e.finished = true;
                    e.failure = failure;
                }
                writing = false;
                written.signalAll();
            } finally {
                lock.unlock();
            }
        }
        mine.rethrow();
    }

    private static final class Entry<T> {
        final List<T> items;
        boolean finished;
        RuntimeException failure;

        Entry(List<T> items) {
            this.items = items;
        }

        void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
