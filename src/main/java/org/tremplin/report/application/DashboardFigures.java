package org.tremplin.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.equipment.application.LoanService;
import org.tremplin.equipment.application.LoanService.LoanCounts;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.application.AccompanimentService;
import org.tremplin.outcome.application.FollowUpService;
import org.tremplin.outcome.application.SurveyService;
import org.tremplin.report.application.DashboardQueries.LearnerCounts;
import org.tremplin.report.application.DashboardQueries.ProgrammeFigures;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.shared.infrastructure.KeptValues;

/**
 * The figures of the home page, kept {@link #TTL} for callers of the same scope. Each is a count over the scope's
 * learners, enrolments, exits, loans or outcomes, and a home page is what every login lands on: the learners' and
 * the programmes' are read from counts kept per site (the rows of the scope's sites added up), the follow-ups' from
 * the follow-ups kept as waiting; figures of the same rows are read together (the learners and their incomplete
 * records; the open enrolments are the programmes' active ones added up).
 * <p>
 * Any entity written through JPA on this instance drops them all (when flushed and when its transaction ends), so
 * the person who just enrolled someone or recorded an exit sees it counted. What this instance does not see
 * (another instance's writes, rows written by plain SQL such as the retention job) shows at the latest {@link #TTL}
 * later, as for the learner list's totals. The key is the caller's scope (its sites, or every site for an admin) and,
 * for a funder, its programmes: every figure here depends on nothing else of the caller.
 */
@ApplicationScoped
public class DashboardFigures {

    /** The same delay as the other values kept on an instance (docs/cluster.md). */
    static final Duration TTL = Duration.ofMillis(Long.parseLong(BaseEntity.KEPT_MILLIS));

    private record Key(String figure, LocalDate day, boolean funder, Optional<List<Long>> sites, List<Long> programmes) {
    }

    @Inject
    DashboardQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    LoanService loans;

    @Inject
    FollowUpService followUps;

    @Inject
    AccompanimentService accompaniments;

    @Inject
    SurveyService surveys;

    private final Clock clock;
    private final KeptValues<Key, Object> kept;

    public DashboardFigures() {
        this(Clock.systemDefaultZone());
    }

    DashboardFigures(Clock clock) {
        this.clock = clock;
        this.kept = new KeptValues<>(clock, TTL);
    }

    public long learners() {
        return learnerCounts().learners();
    }

    /** Learners whose ESF+ participant sheet lacks a mandatory field or any contact (read with {@link #learners()}). */
    public long incompleteRecords() {
        return learnerCounts().incomplete();
    }

    /** Enrolments still open: the programmes' active ones added up (read with {@link #programmes()}). */
    public long openEnrolments() {
        return programmes().stream().mapToLong(ProgrammeFigures::active).sum();
    }

    public long runningCohorts() {
        Key key = key("runningCohorts");
        return kept(key, () -> queries.runningCohorts(key.sites()));
    }

    /** Per programme: people, active, exited (a funder: its programmes, all sites). */
    public List<ProgrammeFigures> programmes() {
        Key key = key("programmes");
        return kept(key, () -> List.copyOf(key.funder() ? queries.programmes(Optional.of(key.programmes()), Optional.empty())
                : queries.programmes(Optional.empty(), key.sites())));
    }

    private LearnerCounts learnerCounts() {
        Key key = key("learners");
        return kept(key, () -> queries.learners(key.sites()));
    }

    /** Items out now and those past due. */
    public LoanCounts loans() {
        return kept("loans", loans::counts);
    }

    /** Follow-ups due this month and overdue. */
    public FollowUpService.Counts followUps() {
        return kept("followUps", followUps::counts);
    }

    /** One-off accompaniments since the first of the month. */
    public long accompanimentsThisMonth() {
        return kept("accompaniments", () -> {
            LocalDate today = LocalDate.now();
            return accompaniments.activity(today.withDayOfMonth(1), today).stream()
                    .mapToLong(AccompanimentService.SiteActivity::accompaniments).sum();
        });
    }

    /** People asked to answer the six-month survey and people who did, per programme. */
    public List<SurveyService.Rate> surveyRates() {
        return kept("surveyRates", () -> List.copyOf(surveys.responseRates()));
    }

    /** Every figure is dropped. */
    public void forget() {
        kept.forget();
    }

    void written(@Observes EntityWritten event) {
        forget();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) EntityWritten event) {
        forget();
    }

    private <T> T kept(String figure, Supplier<T> read) {
        return kept(key(figure), read);
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(Key key, Supplier<T> read) {
        return (T) kept.get(key, read::get);
    }

    /**
     * What a figure depends on besides the data: the day, and the caller's sites (every site: empty) or, for a
     * funder, its programmes; a funder has no site of its own: the figures of sites count none for it (its home
     * page shows its programmes' totals only).
     */
    private Key key(String figure) {
        boolean funder = user.isFunder();
        return new Key(figure, LocalDate.now(clock), funder, funder ? Optional.of(List.of()) : user.siteScope(),
                funder ? List.copyOf(user.fundedProgrammeIds()) : List.of());
    }
}
