package org.tremplin.shared.application;

import fish.payara.cluster.Clustered;
import fish.payara.cluster.DistributedLockType;
import jakarta.ejb.Singleton;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Makes a daily job run once per cluster rather than once per instance. Every instance keeps its own
 * (non-persistent) timer; when it fires, the job asks {@link #claim} first and runs only if the claim
 * is granted. This bean is a Payara clustered singleton: one state for the whole cluster, kept in
 * Payara's data grid (Hazelcast), its calls serialised by a cluster-wide lock. On a single instance,
 * or without the data grid (the tests' --nohazelcast), it is an ordinary singleton and every claim of
 * a new day is granted. See docs/cluster.md.
 */
@Singleton
@Clustered(keyName = "tremplin-scheduled-runs", lock = DistributedLockType.LOCK)
public class ScheduledRuns implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    /** The last day each job was claimed for. */
    private final Map<String, LocalDate> lastRun = new HashMap<>();

    /** True for the first instance asking to run {@code job} for {@code day}; false for every later one. */
    public boolean claim(String job, LocalDate day) {
        LocalDate last = lastRun.get(job);
        String instance = instance();
        if (last != null && !day.isAfter(last)) {
            LOG.info(() -> "Scheduled job " + job + " for " + day + ": already run in the cluster, skipped on " + instance);
            return false;
        }
        lastRun.put(job, day);
        LOG.info(() -> "Scheduled job " + job + " for " + day + ": runs on " + instance);
        return true;
    }

    /** This process, as the log names it: pid@host. */
    static String instance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
