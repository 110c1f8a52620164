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
import org.tremplin.report.application.DashboardQueries.ProgrammeFigures;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.EntityWritten;
import org.tremplin.shared.infrastructure.KeptValues;

/**
 * The figures of the home page, kept {@link #TTL} for callers of the same scope. Each is a count over the scope's
 * learners, enrolments, exits, loans or outcomes (at scale 10, a coordinator of twelve sites: about 250 ms of the
 * database's work in all, the follow-up counts half of it), and a home page is what every login lands on.
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
        return kept("learners", queries::learners);
    }

    public long openEnrolments() {
        return kept("openEnrolments", queries::openEnrolments);
    }

    public long runningCohorts() {
        return kept("runningCohorts", queries::runningCohorts);
    }

    public long incompleteRecords() {
        return kept("incompleteRecords", queries::incompleteRecords);
    }

    /** Per programme: people, active, exited (a funder: its programmes, all sites). */
    public List<ProgrammeFigures> programmes() {
        Key key = key("programmes");
        return kept(key, () -> List.copyOf(queries.programmes(key.funder() ? Optional.of(key.programmes()) : Optional.empty())));
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

    /** What a figure depends on besides the data: the day, and the caller's sites or, for a funder, its programmes. */
    private Key key(String figure) {
        boolean funder = user.isFunder();
        return new Key(figure, LocalDate.now(clock), funder, funder ? Optional.empty() : user.siteScope(),
                funder ? List.copyOf(user.fundedProgrammeIds()) : List.of());
    }
}
