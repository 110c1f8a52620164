package org.tremplin.learner.application.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.tremplin.audit.application.Audited;
import org.tremplin.learner.domain.Enrolment;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.application.ImportMode;
import org.tremplin.shared.application.ImportReport;

/**
 * Stores the learners of a checked file, in one transaction: all or nothing, or the valid rows only.
 * A row naming a person already recorded (same folded names and birth date) is refused, never a
 * silent second record. Callers resolve the site and cohort within the user's scope first: this
 * service may run outside a request (the import page runs it in the background).
 */
@ApplicationScoped
@Audited
public class LearnerImportService {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Validator validator;

    @Transactional
    public ImportReport importFile(@NotNull ImportPlan plan, @NotNull Site site, Cohort cohort, LocalDate entryDate,
            @NotNull ImportMode mode, IntConsumer progress) {
        IntConsumer report = progress == null ? p -> { } : progress;
        Site managedSite = em.getReference(Site.class, site.getId());
        List<RowMapper.Result> results = plan.check(managedSite, validator);
        report.accept(20);
        results = refuseKnownPeople(results);
        report.accept(40);
        List<ImportReport.RowError> errors = results.stream().filter(r -> !r.isValid())
                .map(r -> new ImportReport.RowError(r.line(), r.errors())).toList();
        if (mode == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            report.accept(100);
            return new ImportReport(results.size(), 0, errors);
        }
        Cohort managedCohort = cohort == null ? null : em.find(Cohort.class, cohort.getId());
        int stored = 0;
        List<RowMapper.Result> valid = results.stream().filter(RowMapper.Result::isValid).toList();
        for (RowMapper.Result result : valid) {
            em.persist(result.learner());
            if (managedCohort != null) {
                em.persist(new Enrolment(result.learner(), managedCohort,
                        entryDate != null ? entryDate : LocalDate.now()));
            }
            if (++stored % CHUNK == 0) {
                em.flush();
                em.clear();
                managedCohort = managedCohort == null ? null : em.find(Cohort.class, cohort.getId());
                report.accept(40 + 60 * stored / valid.size());
            }
        }
        em.flush();
        report.accept(100);
        return new ImportReport(results.size(), stored, errors);
    }

    /** Refuses rows whose person is already recorded, in a few queries (by chunks of birth dates). */
    List<RowMapper.Result> refuseKnownPeople(List<RowMapper.Result> results) {
        List<LocalDate> dates = results.stream().filter(RowMapper.Result::isValid)
                .map(r -> r.learner().getBirthDate()).filter(Objects::nonNull).distinct().toList();
        Map<String, Long> known = new HashMap<>();
        for (int i = 0; i < dates.size(); i += CHUNK) {
            em.createQuery("SELECT l.searchKey, l.birthDate, l.id FROM Learner l WHERE l.birthDate IN :dates", Object[].class)
                    .setParameter("dates", dates.subList(i, Math.min(dates.size(), i + CHUNK)))
                    .getResultList()
                    .forEach(row -> known.putIfAbsent(row[0] + "|" + row[1], (Long) row[2]));
        }
        List<RowMapper.Result> checked = new ArrayList<>(results.size());
        for (RowMapper.Result r : results) {
            Long existing = r.isValid() && r.learner().getBirthDate() != null ? known.get(key(r.learner())) : null;
            if (existing == null && r.isValid() && r.learner().getBirthDate() != null) {
                existing = known.get(NameKey.searchKey(r.learner().getLastName(), r.learner().getFirstName())
                        + "|" + r.learner().getBirthDate());
            }
            checked.add(existing == null ? r
                    : new RowMapper.Result(r.line(), null, List.of("already recorded as learner #" + existing)));
        }
        return checked;
    }

    private static String key(Learner l) {
        return NameKey.searchKey(l.getFirstName(), l.getLastName()) + "|" + l.getBirthDate();
    }
}
