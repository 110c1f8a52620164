package org.tremplin.shared.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aJobRunsOncePerDayWhoeverAsks() {
        ScheduledRuns runs = new ScheduledRuns();
        assertTrue(runs.claim("retention", DAY), "the first instance to fire runs the job");
        assertFalse(runs.claim("retention", DAY), "a second instance firing the same day does not");
        assertTrue(runs.claim("retention", DAY.plusDays(1)), "the next day runs again");
        assertFalse(runs.claim("retention", DAY), "a late timer of an earlier day does not run");
    }

    @Test
    void jobsAreClaimedSeparately() {
        ScheduledRuns runs = new ScheduledRuns();
        assertTrue(runs.claim("retention", DAY));
        assertTrue(runs.claim("loan-reminders", DAY));
    }

    @Test
    void theStateSurvivesTheTripThroughTheDataGrid() throws Exception {
        // Payara keeps a clustered singleton serialised in Hazelcast: what one instance claimed, the next one reads
        ScheduledRuns runs = new ScheduledRuns();
        runs.claim("retention", DAY);
        ScheduledRuns copy = roundTrip(runs);
        assertFalse(copy.claim("retention", DAY));
        assertTrue(copy.claim("loan-reminders", DAY));
    }

    private static byte[] serialise(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static ScheduledRuns roundTrip(ScheduledRuns runs) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialise(runs)))) {
            return (ScheduledRuns) in.readObject();
        }
    }
}
