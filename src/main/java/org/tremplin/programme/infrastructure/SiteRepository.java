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

    /** All sites, or those whose ids are given (a caller's scope); kept a few seconds (Site.ALL). */
    public List<Site> all(Optional<List<Long>> scope) {
        if (scope.isEmpty()) {
            return em.createNamedQuery(Site.ALL, Site.class).getResultList();
        }
        return noSite(scope) ? List.of()
                : em.createNamedQuery(Site.IN, Site.class).setParameter("ids", scope.get()).getResultList();
    }
}
