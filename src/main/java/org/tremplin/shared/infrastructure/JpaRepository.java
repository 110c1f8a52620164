package org.tremplin.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.NotFoundException;

/** Common storage operations; the feature repositories add their queries. */
public abstract class JpaRepository<T extends BaseEntity> {

    @PersistenceContext(unitName = "tremplin")
    protected EntityManager em;

    private final Class<T> type;

    protected JpaRepository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    public T get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }

    public T store(T entity) {
        if (entity.isNew()) {
            em.persist(entity);
            return entity;
        }
        return em.merge(entity);
    }

    public void remove(T entity) {
        em.remove(em.contains(entity) ? entity : em.merge(entity));
    }

    /** Flushes now, so that constraint violations surface inside the service call. */
    public void flush() {
        em.flush();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM " + type.getSimpleName() + " e", Long.class).getSingleResult();
    }

    /** A caller whose scope holds no site at all: every site-scoped query answers nothing, unasked. */
    protected static boolean noSite(Optional<List<Long>> siteScope) {
        return siteScope.isPresent() && siteScope.get().isEmpty();
    }
}
