package org.tremplin.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tremplin.learner.domain.Consent;
import org.tremplin.learner.domain.ConsentStatus;
import org.tremplin.learner.domain.ConsentPurpose;
import org.tremplin.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class ConsentRepository extends JpaRepository<Consent> {

    public ConsentRepository() {
        super(Consent.class);
    }

    /** The register of one learner, newest first. */
    public List<Consent> ofLearner(Long learnerId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.learner.id = :l ORDER BY c.givenOn DESC, c.id DESC",
                Consent.class).setParameter("l", learnerId).getResultList();
    }

    /**
     * JPQL condition on {@code c}: the consent is the newest entry of its purpose for its learner, given and
     * not withdrawn (ConsentStatus.GIVEN): the database twin of {@link ConsentStatus#of}.
     */
    public static final String IN_FORCE = "c.given = TRUE AND c.withdrawnOn IS NULL AND NOT EXISTS (SELECT n.id FROM Consent n "
            + "WHERE n.learner = c.learner AND n.purpose = c.purpose AND (n.givenOn > c.givenOn "
            + "OR (n.givenOn = c.givenOn AND n.id > c.id)))";

    public boolean hasActive(Long learnerId, ConsentPurpose purpose) {
        return em.createQuery("SELECT COUNT(c) FROM Consent c WHERE c.learner.id = :l AND c.purpose = :p AND " + IN_FORCE,
                Long.class).setParameter("l", learnerId).setParameter("p", purpose).getSingleResult() > 0;
    }
}
