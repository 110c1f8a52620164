package org.tremplin.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;
import org.tremplin.training.domain.Competence;
import org.tremplin.training.domain.SessionFilter;
import org.tremplin.training.domain.TrainingSession;
import org.tremplin.training.infrastructure.SessionRepository;

/**
 * Planning sessions. Coordinators and admins plan the sessions of their sites; a trainer sees only
 * the sessions they lead (another trainer's session is "not found").
 */
@ApplicationScoped
@Transactional
@Audited
public class SessionService {

    @Inject
    SessionRepository sessions;

    @Inject
    ProgrammeService programmes;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    /** One session, or a weekly series: all stored or none. */
    public List<TrainingSession> create(@NotNull SessionRequest r) {
        if (r.cohortId() == null) {
            throw new InvalidValueException("cohortId", "Choose the cohort.");
        }
        Cohort cohort = programmes.cohort(r.cohortId());
        String trainer = trainer(cohort, r.trainer());
        List<Competence> competences = competences(r.competences());
        List<LocalDate> dates = r.weeks() > 1 ? TrainingSession.weeklyDates(r.date(), r.weeks(), r.skip())
                : List.of(requireDate(r.date()));
        if (dates.isEmpty()) {
            throw new InvalidValueException("skip", "Every date of the series is skipped: nothing to plan.");
        }
        List<TrainingSession> created = new ArrayList<>();
        for (LocalDate date : dates) {
            TrainingSession s = new TrainingSession(cohort, date, r.startTime(), r.endTime(), trainer, r.place(),
                    r.topic(), competences);
            sessions.store(s);
            created.add(s);
        }
        sessions.flush();
        if (created.size() > 1) {
            Long series = created.get(0).getId();
            created.forEach(s -> s.joinSeries(series));
            sessions.flush();
        }
        return created;
    }

    /** Moves or re-describes a session (not its cohort); a stale version is a conflict. */
    public TrainingSession update(@NotNull Long id, Long version, @NotNull SessionRequest r) {
        TrainingSession s = get(id);
        requirePlanner();
        s.checkVersion(version);
        s.schedule(requireDate(r.date()), r.startTime(), r.endTime());
        s.describe(r.place(), r.topic(), competences(r.competences()));
        s.assignTo(trainer(s.getCohort(), r.trainer()));
        sessions.flush();
        return s;
    }

    public TrainingSession cancel(@NotNull Long id) {
        TrainingSession s = get(id);
        requirePlanner();
        s.cancel();
        sessions.flush();
        return s;
    }

    /** The trainer of the session or a coordinator of its site records that the signed sheet is filed. */
    public TrainingSession recordSheet(@NotNull Long id, boolean onFile) {
        TrainingSession s = get(id);
        s.recordSheetOnFile(onFile);
        sessions.flush();
        return s;
    }

    /**
     * A session the caller may see: its site's coordinators and admins, or the trainer who leads it
     * while working at its site (one moved to other sites no longer sees it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingSession get(@NotNull Long id) {
        TrainingSession s = sessions.get(id);
        if (user.isTrainer() && !s.isLedBy(user.getUsername())) {
            throw new NotFoundException("Session", id);
        }
        user.checkSite(s.getCohort().getSite().getId(), "Session", id);
        return s;
    }

    /** The session as managed by the current transaction (a session read in an earlier one is merged). */
    public TrainingSession attach(@NotNull TrainingSession session) {
        return sessions.store(session);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrainingSession> search(@NotNull SessionFilter filter, int first, int size) {
        return sessions.search(filter, user.siteScope(), ownTrainer(), first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull SessionFilter filter) {
        return sessions.count(filter, user.siteScope(), ownTrainer());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> page(@NotNull SessionFilter filter, int first, int size) {
        return sessions.page(filter, user.siteScope(), ownTrainer(), first, size);
    }

    /** "My sessions": today's, then the coming ones (a fortnight), then past ones still without attendance. */
    public record Mine(List<TrainingSession> today, List<TrainingSession> upcoming, List<TrainingSession> awaiting) {
    }

    /** The sessions I lead on a day, at my sites (the trainer's home page puts them first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> mineOn(@NotNull LocalDate day) {
        return sessions.page(new SessionFilter(null, null, day, day, false), user.siteScope(), user.getUsername(), 0, 50);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Mine mine(@NotNull LocalDate today) {
        String me = user.getUsername();
        Optional<List<Long>> sites = user.siteScope(); // led by me, at my sites
        List<TrainingSession> todays = mineOn(today);
        List<TrainingSession> coming = sessions.page(new SessionFilter(null, null, today.plusDays(1), today.plusDays(14), false),
                sites, me, 0, 100);
        List<TrainingSession> past = sessions.page(new SessionFilter(null, null, today.minusDays(90), today.minusDays(1), false),
                sites, me, 0, 500).stream().filter(s -> !s.isAttendanceTaken()).toList();
        return new Mine(todays, coming, past);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Competence> competences() {
        return sessions.competences();
    }

    /** The trainers who may lead a cohort's sessions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> trainersOf(@NotNull Long cohortId) {
        return accounts.trainersOf(programmes.cohort(cohortId).getSite().getId());
    }

    private String ownTrainer() {
        return user.isTrainer() ? user.getUsername() : null;
    }

    private void requirePlanner() {
        if (user.isTrainer()) {
            throw new ConflictException("session", "Only a coordinator plans, moves or cancels sessions.");
        }
    }

    private String trainer(Cohort cohort, String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidValueException("trainer", "Choose the trainer.");
        }
        boolean known = accounts.trainersOf(cohort.getSite().getId()).stream()
                .anyMatch(a -> a.getUsername().equals(username));
        if (!known) {
            throw new ConflictException("trainer", "\"" + username + "\" is not a trainer of " + cohort.getSite().getName() + ".");
        }
        return username;
    }

    private List<Competence> competences(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>(codes);
        List<Competence> found = sessions.competences(List.copyOf(wanted));
        if (found.size() != wanted.size()) {
            wanted.removeAll(found.stream().map(Competence::getCode).toList());
            throw new InvalidValueException("competences", "Unknown DigComp competence " + String.join(", ", wanted)
                    + ": use codes such as 1.1 to 5.4.");
        }
        return found;
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw new InvalidValueException("date", "Give the session's date.");
        }
        return date;
    }
}
