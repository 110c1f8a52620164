package org.tremplin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.Role;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.infrastructure.SiteRepository;
import org.tremplin.shared.domain.ConflictException;
import org.tremplin.testing.Deployments;
import org.tremplin.testing.StatementCounter;

/**
 * In the container: how accounts and their passwords are stored (read back with plain JDBC), the
 * account rules of the service, and what a caller without login is given by {@link CurrentUser}.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    static final String HASH_PREFIX = "PBKDF2WithHmacSHA256:210000:";
    static final String PUBLISHED_PREFIX = "PBKDF2WithHmacSHA256:1024:";

    @Deployment
    static WebArchive d() {
        return Deployments.inContainer();
    }

    @Resource(lookup = "java:app/jdbc/tremplin")
    DataSource ds;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProgrammeService programmes;

    @Inject
    SiteRepository sites;

    @Inject
    AccountRepository accountRepository;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @BeforeEach
    void setUp() throws Exception {
        if (ds == null) {
            ds = InitialContext.doLookup("java:app/jdbc/tremplin");
        }
    }

    /**
     * The demo accounts' password is printed in the README: it is hashed at the platform's minimum of iterations
     * (a costly hash protects a secret; each check of this one costs a fraction of a millisecond), salted all the
     * same. A password someone chooses gets the full cost (createdAccountIsHashedAndNormalised).
     */
    @Test
    void demoPasswordsAreSaltedHashesAtThePublishedCost() throws Exception {
        String admin = hashOf("admin");
        assertTrue(admin.startsWith(PUBLISHED_PREFIX), "admin's stored hash: " + admin.replaceAll(":[^:]*$", ":…"));
        assertFalse(admin.contains("tremplin-demo"), "the password is stored in clear");
        String[] parts = admin.split(":");
        assertEquals(4, parts.length);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "key bytes");
        assertTrue(passwords.hash().verify("tremplin-demo".toCharArray(), admin), "the demo password does not verify");
        assertFalse(passwords.hash().verify("tremplin-demO".toCharArray(), admin));

        for (String user : List.of("coordinator", "trainer", "funder")) {
            String hash = hashOf(user);
            assertTrue(hash.startsWith(PUBLISHED_PREFIX), user);
            assertNotEquals(admin, hash, "the same password must give different hashes (salt) for " + user);
        }
    }

    @Test
    void createdAccountIsHashedAndNormalised() throws Exception {
        String username = "it-" + System.nanoTime();
        Account created = accounts.create(new Account("  " + username.toUpperCase() + " ", "IT Trainer", Role.TRAINER),
                "a long enough password".toCharArray(), Set.of(sites.get(siteId("Centre social Lille-Sud"))), Set.of());
        assertEquals(username, created.getUsername());
        assertTrue(accounts.byUsername(username.toUpperCase()).isPresent(), "look-up ignores case");
        String hash = hashOf(username);
        assertTrue(hash.startsWith(HASH_PREFIX), hash);
        assertTrue(passwords.hash().verify("a long enough password".toCharArray(), hash));
        assertEquals(List.of(siteId("Centre social Lille-Sud")),
                longs("SELECT s.site_id FROM account_site s JOIN account a ON a.id = s.account_id WHERE a.username = '" + username + "'"));
    }

    @Test
    void usernamesAreUniqueAndWeakPasswordsRefused() throws Exception {
        long before = count("SELECT COUNT(*) FROM account");
        ConflictException duplicate = assertThrows(ConflictException.class, () -> accounts.create(
                new Account("Coordinator", "Second coordinator", Role.COORDINATOR), "another long password".toCharArray(),
                Set.of(), Set.of()));
        assertEquals("username", duplicate.getField());

        String username = "weak-" + System.nanoTime();
        for (String weak : List.of("short", username, "aaaaaaaaaaaaaaaa")) {
            assertThrows(IllegalArgumentException.class, () -> accounts.create(
                    new Account(username, "Weak", Role.TRAINER), weak.toCharArray(), Set.of(), Set.of()), weak);
        }
        assertEquals(before, count("SELECT COUNT(*) FROM account"), "a refused account was stored");
        assertTrue(accounts.byUsername(username).isEmpty());
    }

    @Test
    void aChangeOfAnAccountsSitesAppliesAtOnceThoughTheScopeIsKept() throws Exception {
        String username = "scope-" + System.nanoTime();
        long lille = siteId("Centre social Lille-Sud");
        long roubaix = siteId("Médiathèque de Roubaix");
        Account created = accounts.create(new Account(username, "IT Scope", Role.COORDINATOR),
                "a long enough password".toCharArray(), Set.of(sites.get(lille)), Set.of());
        assertEquals(List.of(lille), accountRepository.siteIdsOf(username));
        try (StatementCounter counter = StatementCounter.on(em)) {
            assertEquals(List.of(lille), accountRepository.siteIdsOf(username));
            assertEquals(0, counter.count(), "the scope of every request is kept, not read again");
        }
        accounts.update(accounts.byUsername(username).orElseThrow(), Set.of(sites.get(roubaix)), Set.of());
        assertEquals(List.of(roubaix), accountRepository.siteIdsOf(username),
                "a site taken away must not stay in the kept scope of " + created.getUsername());
        accounts.update(accounts.byUsername(username).orElseThrow(), Set.of(sites.get(lille), sites.get(roubaix)), Set.of());
        assertEquals(List.of(Math.min(lille, roubaix), Math.max(lille, roubaix)), accountRepository.siteIdsOf(username),
                "two sites, each once (the account's rows were once repeated per site)");
    }

    @Test
    void theSiteListsOfEveryPageAreKept() throws Exception {
        Optional<List<Long>> scope = Optional.of(List.of(siteId("Centre social Lille-Sud")));
        List<String> all = sites.all(Optional.empty()).stream().map(s -> s.getName()).toList();
        List<String> some = sites.all(scope).stream().map(s -> s.getName()).toList();
        try (StatementCounter counter = StatementCounter.on(em)) {
            assertEquals(all, sites.all(Optional.empty()).stream().map(s -> s.getName()).toList());
            assertEquals(some, sites.all(scope).stream().map(s -> s.getName()).toList());
            assertEquals(0, counter.count(), "every site, and the sites of a scope, are read once, then kept");
        }
    }

    @Test
    void callerWithoutLoginHasAnEmptyScope() {
        assertFalse(currentUser.isLoggedIn());
        assertFalse(currentUser.isAdmin());
        assertFalse(currentUser.isSeesSensitive());
        assertEquals(Optional.of(List.of()), currentUser.siteScope(), "no login must mean no site, not every site");
        assertTrue(currentUser.fundedProgrammeIds().isEmpty());
        assertTrue(programmes.sites().isEmpty(), "sites listed without a login");
        assertTrue(programmes.cohorts(null).isEmpty(), "cohorts listed without a login");
    }

    // ---------------------------------------------------------------- helpers

    String hashOf(String username) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM account WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no account " + username);
                return rs.getString(1);
            }
        }
    }

    long siteId(String name) throws SQLException {
        List<Long> ids = longs("SELECT id FROM site WHERE name = '" + name.replace("'", "''") + "'");
        assertEquals(1, ids.size(), name);
        return ids.get(0);
    }

    List<Long> longs(String sql) throws SQLException {
        List<Long> values = new java.util.ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    long count(String sql) throws SQLException {
        return longs(sql).get(0);
    }
}
