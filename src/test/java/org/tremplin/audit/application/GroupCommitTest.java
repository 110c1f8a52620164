package org.tremplin.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final int CALLERS = 20;

    @Test
    void callersAtTheSameMomentShareWritesAndEachReturnsOnceItsItemIsWritten() throws Exception {
        Set<Integer> written = ConcurrentHashMap.newKeySet();
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean overlapping = new AtomicBoolean();
        AtomicBoolean busy = new AtomicBoolean();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            if (!busy.compareAndSet(false, true)) {
                overlapping.set(true);
            }
            sleep(30); // a commit's fsync
            batches.add(List.copyOf(items));
            written.addAll(items);
            busy.set(false);
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                int item = i;
                calls.add(pool.submit(() -> {
                    start.await();
                    commit.submit(List.of(item));
                    return written.contains(item); // written before the call returned
                }));
            }
            start.countDown();
            for (Future<Boolean> call : calls) {
                assertTrue(call.get(10, TimeUnit.SECONDS), "an item is written when its caller goes on");
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> all = batches.stream().flatMap(List::stream).sorted().toList();
        assertEquals(IntStream.range(0, CALLERS).boxed().toList(), all, "each item once");
        assertTrue(batches.size() < CALLERS / 2, "twenty callers at once share writes: " + batches);
        assertFalse(overlapping.get(), "one write at a time");
    }

    @Test
    void theWritersFailureReachesTheCallersOfThatBatchOnlyAndTheNextWriteGoesOn() {
        RuntimeException refused = new IllegalStateException("database down");
        List<List<String>> batches = new ArrayList<>();
        AtomicBoolean fail = new AtomicBoolean(true);
        GroupCommit<String> commit = new GroupCommit<>(items -> {
            if (fail.getAndSet(false)) {
                throw refused;
            }
            batches.add(List.copyOf(items));
        });
        assertSame(refused, assertThrows(IllegalStateException.class, () -> commit.submit(List.of("lost"))));
        commit.submit(List.of("a", "b"));
        commit.submit(List.of("c"));
        assertEquals(List.of(List.of("a", "b"), List.of("c")), batches, "in the order submitted, nothing of the failed one");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
