package org.tremplin.programme.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class SiteRepository extends JpaRepository<Site> {
    public SiteRepository() {
        super(Site.class);
    }

    /** All sites, or those whose ids are given (a caller's scope). */
    public List<Site> all(Optional<List<Long>> scope) {
        if (scope.isEmpty()) {
            return em.createQuery("SELECT s FROM Site s ORDER BY s.name", Site.class).getResultList();
        }
        return scope.get().isEmpty() ? List.of()
                : em.createQuery("SELECT s FROM Site s WHERE s.id IN :ids ORDER BY s.name", Site.class)
                        .setParameter("ids", scope.get()).getResultList();
    }
}
