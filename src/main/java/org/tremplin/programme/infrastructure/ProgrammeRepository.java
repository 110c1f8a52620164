package org.tremplin.programme.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Optional;
import org.tremplin.programme.domain.Programme;
import org.tremplin.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class ProgrammeRepository extends JpaRepository<Programme> {
    public ProgrammeRepository() {
        super(Programme.class);
    }

    /** Every programme by name; kept a few seconds (Programme.ALL). */
    public List<Programme> all() {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
    }

    public List<Programme> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT p FROM Programme p WHERE p.id IN :ids ORDER BY p.name", Programme.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The participation rule as stored (before this transaction's changes), if the programme exists. */
    public Optional<Integer> storedMinAttendanceDays(long id) {
        return em.createQuery("SELECT p.minAttendanceDays FROM Programme p WHERE p.id = :id", Integer.class)
                .setParameter("id", id).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }
}
