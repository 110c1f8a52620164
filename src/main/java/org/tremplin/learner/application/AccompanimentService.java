package org.tremplin.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tremplin.audit.application.Audited;
import org.tremplin.identity.application.CurrentUser;
import org.tremplin.learner.domain.Accompaniment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.infrastructure.AccompanimentRepository;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.shared.domain.InvalidValueException;
import org.tremplin.shared.domain.NotFoundException;

/** One-off accompaniments of the caller's sites: recorded in a few fields, counted per site, turned into an intake. */
@ApplicationScoped
@Transactional
@Audited
public class AccompanimentService {

    @Inject
    AccompanimentRepository accompaniments;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser user;

    public Accompaniment record(@NotNull AccompanimentRequest r) {
        if (r.siteId() == null) {
            throw new InvalidValueException("siteId", "Choose the site where the person was helped.");
        }
        LocalDateTime now = LocalDateTime.now();
        Accompaniment a = new Accompaniment(programmes.site(r.siteId()), r.happenedOn() == null ? now.toLocalDate() : r.happenedOn(),
                r.topic(), r.durationMinutes() == null ? 0 : r.durationMinutes(), r.equipmentUsed(), r.firstName(), r.note(),
                user.getUsername(), now);
        accompaniments.store(a);
        accompaniments.flush();
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Accompaniment get(@NotNull Long id) {
        Accompaniment a = accompaniments.find(id).orElseThrow(() -> new NotFoundException("Accompaniment", id));
        user.checkSite(a.getSite().getId(), "Accompaniment", id);
        return a;
    }

    /** The person of this accompaniment was taken in fully as this learner (within the intake's transaction). */
    public void becameIntake(@NotNull Long id, @NotNull Learner learner) {
        get(id).becameIntakeOf(learner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return accompaniments.count(user.siteScope());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Accompaniment> page(int first, int size) {
        return accompaniments.page(user.siteScope(), first, size);
    }

    /** Each site's one-off accompaniments and their time from {@code from} to {@code to}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteActivity> activity(@NotNull LocalDate from, @NotNull LocalDate to) {
        return accompaniments.activity(user.siteScope(), from, to).stream().map(r -> new SiteActivity((Long) r[0], (String) r[1],
                ((Number) r[2]).longValue(), r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    /** A site's one-off accompaniments over a period, and their time. */
    public record SiteActivity(long siteId, String site, long accompaniments, long minutes) implements java.io.Serializable {
        public String hours() {
            return String.format("%d h %02d", minutes / 60, minutes % 60);
        }
    }
}
