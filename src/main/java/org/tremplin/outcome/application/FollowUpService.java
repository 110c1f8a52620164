package org.tremplin.outcome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.EnrolmentService;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.learner.domain.ConsentStatus;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.outcome.domain.ContactAttempt;
import org.tremplin.outcome.domain.ContactHistory;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.infrastructure.ContactRepository;
import org.tremplin.outcome.infrastructure.OutcomeRepository;
import org.tremplin.shared.domain.ConflictException;

/**
 * The follow-up queue of the caller's sites (exits waiting for their observation at exit or six months
 * after), and the attempts to reach each person: after {@code TREMPLIN_UNREACHABLE_AFTER} (default 3)
 * attempts in a row that did not reach them, the follow-up is unreachable.
 */
@ApplicationScoped
@Transactional
@Audited
public class FollowUpService {

    public static final String UNREACHABLE_AFTER = "TREMPLIN_UNREACHABLE_AFTER";

    @Inject
    OutcomeRepository outcomes;

    @Inject
    ContactRepository contacts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentUser user;

    @Inject
    Config config;

    /**
     * For the dashboard: follow-ups due by the end of this month and those already overdue, both timings
     * together, with the timing the overdue list should open on (the one with the most overdue).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts() {
        QueueCounts q = queueCounts();
        return new Counts(q.dueAtExit() + q.dueSixMonths(), q.overdueAtExit() + q.overdueSixMonths(),
                q.overdueSixMonths() > q.overdueAtExit() ? OutcomeTiming.SIX_MONTHS : OutcomeTiming.AT_EXIT);
    }

    /** Follow-ups due (overdue included) and overdue. */
    public record Counts(long due, long overdue, OutcomeTiming overdueTiming) {
    }

    /**
     * How many exits of the caller's sites wait for each observation, due by the end of this month, and how many
     * of them are already past their due date: the four counts in one statement (the queue's figures and totals,
     * page and API, and the dashboard's).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueCounts queueCounts() {
        Map<OutcomeTiming, LocalDate> due = new EnumMap<>(OutcomeTiming.class);
        Map<OutcomeTiming, LocalDate> overdue = new EnumMap<>(OutcomeTiming.class);
        for (OutcomeTiming t : OutcomeTiming.values()) {
            due.put(t, dueBy(t, false));
            overdue.put(t, dueBy(t, true));
        }
        long[] c = outcomes.dueCounts(due, overdue, user.siteScope());
        return new QueueCounts(c[0], c[1], c[2], c[3]);
    }

    /** Follow-ups due by the end of this month (overdue included) and overdue, for each timing. */
    public record QueueCounts(long dueAtExit, long overdueAtExit, long dueSixMonths, long overdueSixMonths) {

        /** The count of one list of the queue: a timing, all due or only the overdue. */
        public long of(OutcomeTiming timing, boolean overdueOnly) {
            return timing == OutcomeTiming.AT_EXIT ? (overdueOnly ? overdueAtExit : dueAtExit)
                    : (overdueOnly ? overdueSixMonths : dueSixMonths);
        }
    }

    /** One page of the queue (only the overdue ones if asked), the longest waiting first, with consent and attempts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUp> due(@NotNull OutcomeTiming timing, boolean overdueOnly, int first, int size) {
        LocalDate today = LocalDate.now();
        List<Enrolment> page = outcomes.due(timing, dueBy(timing, overdueOnly), user.siteScope(), first, size);
        Map<Long, List<Consent>> registers = outcomes.contactConsents(page.stream().map(e -> e.getLearner().getId()).toList());
        Map<Long, List<ContactAttempt>> tried = contacts.of(page.stream().map(Enrolment::getId).toList(), timing);
        int limit = unreachableAfter();
        return page.stream().map(e -> new FollowUp(e, timing, timing.dueOn(e.getExitDate()), timing.windowEnd(e.getExitDate()),
                ConsentStatus.of(ConsentPurpose.SIX_MONTH_SURVEY, registers.getOrDefault(e.getLearner().getId(), List.of())).state(),
                ContactHistory.of(tried.getOrDefault(e.getId(), List.of()), limit), today)).toList();
    }

    /** Logs a try at reaching the person; returns the follow-up's attempts and where it now stands. */
    public Attempts attempt(@NotNull AttemptRequest r) {
        Enrolment e = enrolments.get(r.enrolmentId());
        if (r.timing() != null && outcomes.of(e.getId(), r.timing()).isPresent()) {
            throw new ConflictException("timing", "This observation is already recorded: no more attempts are needed.");
        }
        LocalDateTime now = LocalDateTime.now();
        contacts.store(new ContactAttempt(e, r.timing(), r.at() == null ? now : r.at(), r.channel(), r.reached(), r.note(),
                user.getUsername(), now));
        contacts.flush();
        return read(e.getId(), r.timing());
    }

    /** The attempts of one follow-up, oldest first, and where they leave it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attempts attempts(@NotNull Long enrolmentId, @NotNull OutcomeTiming timing) {
        enrolments.get(enrolmentId); // another site's exit is not found
        return read(enrolmentId, timing);
    }

    private Attempts read(Long enrolmentId, OutcomeTiming timing) {
        List<ContactAttempt> list = contacts.of(enrolmentId, timing);
        return new Attempts(list, ContactHistory.of(list, unreachableAfter()));
    }

    /** A follow-up's attempts, oldest first, and its state. */
    public record Attempts(List<ContactAttempt> list, ContactHistory history) {
    }

    public int unreachableAfter() {
        return Math.max(1, config.getOptionalValue(UNREACHABLE_AFTER, Integer.class).orElse(3));
    }

    /** At exit, due on the exit day; six months after, due this month. Overdue: due before today. */
    private static LocalDate dueBy(OutcomeTiming timing, boolean overdue) {
        LocalDate today = LocalDate.now();
        if (overdue) {
            return today.minusDays(1);
        }
        return timing == OutcomeTiming.AT_EXIT ? today : today.withDayOfMonth(today.lengthOfMonth());
    }
}
