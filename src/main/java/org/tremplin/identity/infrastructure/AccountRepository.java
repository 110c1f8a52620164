package org.tremplin.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.tremplin.identity.domain.Account;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.infrastructure.JpaRepository;
import org.tremplin.identity.domain.Role;

@ApplicationScoped
public class AccountRepository extends JpaRepository<Account> {

    public AccountRepository() {
        super(Account.class);
    }

    public Optional<Account> byUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", Account.normalise(username))
                .getResultStream().findFirst();
    }

    public List<Account> all() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    /**
     * The ids of the account's sites, from the account and its sites kept a few seconds
     * (Account.WITH_SITES): a change of an account made on this instance applies at the next request,
     * one made on another instance within that delay.
     */
    public List<Long> siteIdsOf(String username) {
        return em.createNamedQuery(Account.WITH_SITES, Account.class).setParameter("u", Account.normalise(username))
                // the JOIN FETCH gives the account once per site: each id once (a coordinator of 12 sites had 144
                // ids in every IN list of the dashboards)
                .getResultStream().flatMap(a -> a.getSites().stream()).map(Site::getId).distinct().sorted().toList();
    }

    public List<Long> programmeIdsOf(String username) {
        return em.createQuery("SELECT p.id FROM Account a JOIN a.programmes p WHERE a.username = :u", Long.class)
                .setParameter("u", Account.normalise(username)).getResultList();
    }

    /** Enabled coordinators with an e-mail address, their sites fetched: the reminders' recipients. */
    public List<Account> coordinatorsWithEmail() {
        return em.createQuery("SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.sites WHERE a.role = :role"
                + " AND a.enabled = TRUE AND a.email IS NOT NULL ORDER BY a.username", Account.class)
                .setParameter("role", Role.COORDINATOR).getResultList();
    }

    /** Enabled trainers working at a site, by name: who may lead its sessions. */
    public List<Account> trainersOf(Long siteId) {
        return em.createQuery("SELECT a FROM Account a JOIN a.sites s WHERE s.id = :site AND a.role = :role"
                + " AND a.enabled = TRUE ORDER BY a.displayName", Account.class)
                .setParameter("site", siteId).setParameter("role", Role.TRAINER).getResultList();
    }
}
