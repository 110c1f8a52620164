package org.tremplin.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class ApiTokenRepository extends JpaRepository<ApiToken> {

    public ApiTokenRepository() {
        super(ApiToken.class);
    }

    /** The token of this lookup part with its owner, read from the database (never a kept copy). */
    public Optional<ApiToken> byLookup(String lookup) {
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.lookup = :l", ApiToken.class)
                .setParameter("l", lookup).getResultStream().findFirst();
    }

    /** Notes the token's last use with one UPDATE (not a change of the record: no version, no audit of its own). */
    public void touch(Long id, java.time.Instant at) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :at WHERE t.id = :id").setParameter("at", at)
                .setParameter("id", id).executeUpdate();
    }

    /** An account's tokens, newest first. */
    public List<ApiToken> ofOwner(String username) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.owner.username = :u ORDER BY t.createdAt DESC, t.id DESC",
                ApiToken.class).setParameter("u", username).getResultList();
    }
}
