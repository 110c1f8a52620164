package org.tremplin.learner.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditFilter;
import org.tremplin.audit.infrastructure.AuditLog;
import org.tremplin.demo.DemoData;
import org.tremplin.learner.domain.EsfCases;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.learner.infrastructure.LearnerRepository;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Cohort;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.infrastructure.CohortRepository;
import org.tremplin.programme.infrastructure.ProgrammeRepository;
import org.tremplin.programme.infrastructure.SiteRepository;
import org.tremplin.outcome.domain.OutcomeTiming;
import org.tremplin.outcome.infrastructure.FollowUpsDue;
import org.tremplin.outcome.infrastructure.OutcomeRepository;
import org.tremplin.report.application.DashboardQueries;
import org.tremplin.report.infrastructure.MultiSitePersons;
import org.tremplin.report.infrastructure.ProgrammePersons;
import org.tremplin.report.infrastructure.SiteEnrolmentCounts;
import org.tremplin.report.infrastructure.SiteLearnerCounts;
import org.tremplin.shared.application.Failures;
import org.tremplin.shared.domain.BaseEntity;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.domain.Page;
import org.tremplin.shared.infrastructure.SchemaReady;
import org.tremplin.shared.rest.ProblemMappers;
import org.tremplin.testing.Deployments;
import org.tremplin.training.infrastructure.AbsenceStreaks;
import org.tremplin.training.infrastructure.Participations;

/**
 * In the container: the schema Flyway made and its constraints (checked with plain JDBC, not only
 * by Java), optimistic locking, the learner repository's scoped search, the deny-by-default scope of
 * the services for a caller without login, and idempotent demo seeding. Plain JDBC is the oracle
 * the JPA queries are compared with.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    static final String LILLE = "Centre social Lille-Sud";
    static final String ROUBAIX = "Médiathèque de Roubaix";
    static final String VALENCIENNES = "PopSchool Valenciennes";

    @Deployment
    static WebArchive d() {
        return Deployments.inContainer();
    }

    @Resource(lookup = "java:app/jdbc/tremplin")
    DataSource ds;

    @Resource
    UserTransaction tx;

    @Inject
    LearnerRepository learnerRepository;

    @Inject
    LearnerService learnerService;

    @Inject
    ProgrammeRepository programmeRepository;

    @Inject
    SiteRepository siteRepository;

    @Inject
    ProgrammeService programmeService;

    @Inject
    CohortRepository cohortRepository;

    @Inject
    DemoData demoData;

    @Inject
    Participations participations;

    @Inject
    ProgrammePersons programmePersons;

    @Inject
    AbsenceStreaks streaks;

    @Inject
    FollowUpsDue followUpsDue;

    @Inject
    OutcomeRepository outcomeRepository;

    @Inject
    AuditLog auditLog;

    @Inject
    DashboardQueries dashboards;

    @Inject
    SiteEnrolmentCounts siteEnrolmentCounts;

    @Inject
    MultiSitePersons multiSitePersons;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    Map<String, Long> sites;

    @BeforeEach
    void setUp() throws Exception {
        if (ds == null) {
            ds = InitialContext.doLookup("java:app/jdbc/tremplin");
        }
        if (tx == null) {
            tx = InitialContext.doLookup("java:comp/UserTransaction");
        }
        sites = new HashMap<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT id, name FROM site")) {
            while (rs.next()) {
                sites.put(rs.getString(2), rs.getLong(1));
            }
        }
        assertTrue(sites.keySet().containsAll(List.of(LILLE, ROUBAIX, VALENCIENNES)), sites::toString);
    }

    // ---------------------------------------------------------------- schema

    @Test
    void flywayHasAppliedVersionOne() throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = ?")) {
            ps.setString(1, "1");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no version 1 in flyway_schema_history");
                assertTrue(rs.getBoolean(1), "version 1 did not succeed");
                assertFalse(rs.next(), "version 1 recorded twice");
            }
        }
        assertEquals(0, count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE"),
                "a failed migration is recorded");
    }

    @Test
    void learnerWithoutLastNameIsRefusedByTheDatabase() throws Exception {
        String insert = "INSERT INTO learner (id, version, first_name, last_name, site_id, search_key) VALUES (?, 1, ?, ?, ?, ?)";
        // the same statement with a last name goes in: only the NULL makes the difference
        inRolledBackTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setLong(1, freshId());
                ps.setString(2, "Jdbc");
                ps.setString(3, "Control");
                ps.setLong(4, sites.get(LILLE));
                ps.setString(5, "control jdbc | jdbc control");
                assertEquals(1, ps.executeUpdate());
            }
        });
        inRolledBackTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setLong(1, freshId());
                ps.setString(2, "Jdbc");
                ps.setNull(3, java.sql.Types.VARCHAR);
                ps.setLong(4, sites.get(LILLE));
                ps.setString(5, "jdbc");
                SQLException e = assertThrows(SQLException.class, ps::executeUpdate);
                assertIntegrityViolation(e);
            }
        });
    }

    @Test
    void enrolmentExitBeforeEntryIsRefusedByTheDatabase() throws Exception {
        long learner = count("SELECT MIN(id) FROM learner");
        long cohort = count("SELECT MIN(id) FROM cohort");
        String insert = "INSERT INTO enrolment (id, version, learner_id, cohort_id, entry_date, exit_date, exit_reason, status) "
                + "VALUES (?, 1, ?, ?, ?, ?, 'COMPLETED', ?)";
        inRolledBackTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                bindEnrolment(ps, learner, cohort, "2025-03-10", "2025-03-20", "COMPLETED");
                assertEquals(1, ps.executeUpdate(), "an ordered exit must be accepted");
            }
        });
        inRolledBackTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                bindEnrolment(ps, learner, cohort, "2025-03-10", "2025-03-01", "COMPLETED");
                assertIntegrityViolation(assertThrows(SQLException.class, ps::executeUpdate));
            }
        });
        inRolledBackTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                bindEnrolment(ps, learner, cohort, "2025-03-10", null, "COMPLETED");
                assertIntegrityViolation(assertThrows(SQLException.class, ps::executeUpdate));
            }
        });
    }

    /**
     * The ESF+ rules written once (EsfRules): the learner list's filter, whose JPQL they build, and the home page's
     * count of incomplete records find incomplete exactly the crafted records that the learner's own rule finds
     * incomplete (the report's SQL: EsfRulesParityTest).
     */
    @Test
    void theListsEsfFilterAgreesWithTheLearnersOwnRule() throws Exception {
        String name = "Parity" + System.nanoTime();
        tx.begin();
        try {
            String counts = SiteLearnerCounts.compute("l.site_id = " + sites.get(LILLE));
            Object[] before = (Object[]) em.createNativeQuery(counts).getSingleResult();
            List<Learner> cases = EsfCases.learners(siteRepository.get(sites.get(LILLE)), name);
            cases.forEach(learnerRepository::store);
            learnerRepository.flush();
            long incomplete = cases.stream().filter(l -> !l.isEsfComplete()).count();
            assertTrue(incomplete > 100 && incomplete < cases.size() - 10, "both kinds among the cases: " + incomplete);
            assertEquals(incomplete, learnerRepository.count(new LearnerFilter(name, null, null, null, null, false), Optional.empty()));
            assertEquals(cases.size() - incomplete,
                    learnerRepository.count(new LearnerFilter(name, null, null, null, null, true), Optional.empty()));
            // the home page's counts kept per site (SiteLearnerCounts), as computed again for the site
            Object[] after = (Object[]) em.createNativeQuery(counts).getSingleResult();
            assertEquals(((Number) before[1]).longValue() + cases.size(), ((Number) after[1]).longValue(), "the site's learners");
            assertEquals(((Number) before[2]).longValue() + incomplete, ((Number) after[2]).longValue(), "its incomplete records");
        } finally {
            tx.rollback();
        }
    }

    /**
     * The home page's programme figures, read from the counts kept per site (SiteEnrolmentCounts), are those of
     * counting the enrolments, every site, one and two: each person once, however many of the sites enrolled them.
     * Its open enrolments are the programmes' active ones added up (DashboardFigures): the same as counting the
     * enrolments of the ENROLLED and ACTIVE statuses, which the check that an enrolment is closed exactly when it
     * has an exit date makes so.
     */
    @Test
    void theHomePagesOpenEnrolmentsAreTheProgrammesActiveOnes() throws Exception {
        for (Optional<List<Long>> scope : List.of(Optional.<List<Long>>empty(), Optional.of(List.of(sites.get(LILLE))),
                Optional.of(List.of(sites.get(ROUBAIX), sites.get(VALENCIENNES))))) {
            long open = count("SELECT COUNT(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.status IN ('ENROLLED', 'ACTIVE')"
                    + scope.map(ids -> " AND c.site_id IN (" + org.tremplin.shared.infrastructure.NativeSql.ids(ids) + ")").orElse(""));
            List<DashboardQueries.ProgrammeFigures> programmes = dashboards.programmes(Optional.empty(), scope);
            assertTrue(open > 0, "open enrolments in the demo data: " + scope);
            assertEquals(open, programmes.stream().mapToLong(DashboardQueries.ProgrammeFigures::active).sum(), scope.toString());
            assertEquals(count("SELECT COUNT(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                    + scope.map(ids -> " WHERE c.site_id IN (" + org.tremplin.shared.infrastructure.NativeSql.ids(ids) + ")").orElse("")),
                    programmes.stream().mapToLong(p -> p.active() + p.exited()).sum(), "every enrolment once: " + scope);
            for (DashboardQueries.ProgrammeFigures p : programmes) {
                assertEquals(count("SELECT COUNT(DISTINCT e.learner_id) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.programme_id = "
                        + p.programmeId() + scope.map(ids -> " AND c.site_id IN (" + org.tremplin.shared.infrastructure.NativeSql.ids(ids) + ")").orElse("")),
                        p.participants(), "each person once: " + p.programme() + " " + scope);
            }
        }
    }

    @Test
    void duplicateProgrammeNameFailsAtFlush() throws Exception {
        tx.begin();
        try {
            programmeRepository.store(new Programme("Synapse", "Copy", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
            PersistenceException e = assertThrows(PersistenceException.class, programmeRepository::flush);
            assertTrue(Failures.isConstraintViolation(e), "not recognised as a constraint violation: " + e);
        } finally {
            tx.rollback();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM programme WHERE name = 'Synapse'"));

        // through the service, which the API maps to 409
        RuntimeException e = assertThrows(RuntimeException.class, () -> programmeService.save(
                new Programme("PopSchool", "Copy", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        Throwable mapped = ProblemMappers.unwrap(e);
        assertTrue(mapped instanceof PersistenceException, "unexpected " + e);
        assertTrue(Failures.isConstraintViolation(mapped), "not recognised as a constraint violation: " + e);
        assertEquals(1, count("SELECT COUNT(*) FROM programme WHERE name = 'PopSchool'"));
    }

    @Test
    void concurrentProgrammeChangesAreDetected() throws Exception {
        String name = "Locking " + System.nanoTime();
        Programme created = programmeService.save(new Programme(name, "FEDER", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
        long id = created.getId();

        tx.begin();
        Programme first = programmeRepository.get(id);
        tx.commit();
        tx.begin();
        Programme second = programmeRepository.get(id);
        tx.commit();
        assertEquals(first.getVersion(), second.getVersion());

        tx.begin();
        first.setFunder("First writer");
        programmeRepository.store(first);
        tx.commit();

        tx.begin();
        Throwable failure = null;
        try {
            second.setFunder("Second writer");
            programmeRepository.store(second);
            tx.commit();
        } catch (Exception e) {
            failure = e;
        } finally {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
        assertNotNull(failure, "the stale change was committed");
        assertTrue(causedByOptimisticLock(failure), "not an optimistic lock failure: " + failure);
        assertEquals("First writer", text("SELECT funder FROM programme WHERE id = " + id));

        // the same through the service (each call its own transaction)
        Programme a = programmeService.programme(id);
        Programme b = programmeService.programme(id);
        a.setFunder("Service A");
        programmeService.save(a);
        b.setFunder("Service B");
        RuntimeException e = assertThrows(RuntimeException.class, () -> programmeService.save(b));
        assertTrue(causedByOptimisticLock(e), "not an optimistic lock failure: " + e);
        assertTrue(ProblemMappers.unwrap(e) instanceof jakarta.persistence.OptimisticLockException,
                "the API would not map this to 409: " + e);
        assertEquals("Service A", text("SELECT funder FROM programme WHERE id = " + id));
    }

    // ---------------------------------------------------------------- learner repository

    @Test
    void searchWithASiteScopeReturnsOnlyThoseSitesAndTheRightTotal() throws Exception {
        List<Long> scope = List.of(sites.get(LILLE), sites.get(ROUBAIX));
        Set<Long> expected = ids("SELECT id FROM learner WHERE site_id IN (" + sites.get(LILLE) + ", " + sites.get(ROUBAIX) + ")");
        assertFalse(expected.isEmpty());

        Page<Learner> first = learnerRepository.search(LearnerFilter.none(), Optional.of(scope), LearnerSort.NAME, false, 0, 7);
        assertEquals(expected.size(), first.total());
        assertEquals(Math.min(7, expected.size()), first.items().size());

        Set<Long> seen = new HashSet<>();
        List<Learner> all = pages(LearnerFilter.none(), Optional.of(scope), 7);
        for (Learner l : all) {
            assertTrue(scope.contains(l.getSite().getId()), l + " of site " + l.getSite().getId());
            assertTrue(seen.add(l.getId()), l + " on two pages");
        }
        assertEquals(expected, seen);

        assertEquals(count("SELECT COUNT(*) FROM learner"),
                learnerRepository.count(LearnerFilter.none(), Optional.empty()), "no scope means every site");
        Page<Learner> none = learnerRepository.search(LearnerFilter.none(), Optional.of(List.of()), LearnerSort.NAME, false, 0, 20);
        assertEquals(0, none.total());
        assertTrue(none.items().isEmpty());
        Page<Learner> beyond = learnerRepository.search(LearnerFilter.none(), Optional.of(scope), LearnerSort.NAME, false,
                expected.size() + 100, 20);
        assertEquals(expected.size(), beyond.total());
        assertTrue(beyond.items().isEmpty());
    }

    @Test
    void searchFiltersByCohortProgrammeSiteAndText() throws Exception {
        List<Long> scope = List.of(sites.get(LILLE), sites.get(ROUBAIX));
        String inScope = sites.get(LILLE) + ", " + sites.get(ROUBAIX);
        long cohort = count("SELECT MIN(c.id) FROM cohort c JOIN enrolment e ON e.cohort_id = c.id WHERE c.site_id = " + sites.get(LILLE));
        Set<Long> inCohort = ids("SELECT DISTINCT e.learner_id FROM enrolment e JOIN learner l ON l.id = e.learner_id "
                + "WHERE e.cohort_id = " + cohort + " AND l.site_id IN (" + inScope + ")");
        assertFalse(inCohort.isEmpty());
        LearnerFilter byCohort = new LearnerFilter(null, null, null, cohort, null);
        assertEquals(inCohort.size(), learnerRepository.count(byCohort, Optional.of(scope)));
        assertEquals(inCohort, idsOf(pages(byCohort, Optional.of(scope), 5)));

        long foreignCohort = count("SELECT MIN(id) FROM cohort WHERE site_id = " + sites.get(VALENCIENNES));
        LearnerFilter byForeignCohort = new LearnerFilter(null, null, null, foreignCohort, null);
        assertEquals(0, learnerRepository.count(byForeignCohort, Optional.of(scope)), "the scope must hold with a cohort filter");
        assertTrue(learnerRepository.count(byForeignCohort, Optional.empty()) > 0);

        long synapse = count("SELECT id FROM programme WHERE name = 'Synapse'");
        Set<Long> inSynapse = ids("SELECT DISTINCT e.learner_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id "
                + "WHERE c.programme_id = " + synapse);
        LearnerFilter byProgramme = new LearnerFilter(null, null, synapse, null, null);
        assertEquals(inSynapse.size(), learnerRepository.count(byProgramme, Optional.empty()));
        assertEquals(inSynapse, idsOf(pages(byProgramme, Optional.empty(), 50)));
        long popschool = count("SELECT id FROM programme WHERE name = 'PopSchool'");
        Set<Long> inPopSchool = ids("SELECT DISTINCT e.learner_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id "
                + "WHERE c.programme_id = " + popschool);
        assertEquals(inPopSchool, idsOf(pages(new LearnerFilter(null, null, popschool, null, null), Optional.empty(), 50)));
        assertNotEquals(inSynapse, inPopSchool);

        LearnerFilter bySite = new LearnerFilter(null, sites.get(ROUBAIX), null, null, null);
        assertEquals(ids("SELECT id FROM learner WHERE site_id = " + sites.get(ROUBAIX)), idsOf(pages(bySite, Optional.of(scope), 50)));
        assertEquals(0, learnerRepository.count(new LearnerFilter(null, sites.get(VALENCIENNES), null, null, null), Optional.of(scope)));

        Set<Long> martins = ids("SELECT id FROM learner WHERE search_key LIKE '%martin%' AND site_id IN (" + inScope + ")");
        assertFalse(martins.isEmpty(), "the demo data has learners named Martin");
        assertEquals(martins, idsOf(pages(LearnerFilter.text("  MARTIN "), Optional.of(scope), 50)));
    }

    @Test
    void cohortListsAreNarrowedAndPagedInTheDatabase() throws Exception {
        long lille = sites.get(LILLE);
        Optional<List<Long>> scope = Optional.of(List.of(lille));
        LocalDate monthAgo = LocalDate.now().minusMonths(1);
        Set<Long> current = ids("SELECT id FROM cohort WHERE site_id = " + lille + " AND end_date >= DATE '" + monthAgo + "'");
        Set<Long> ended = ids("SELECT id FROM cohort WHERE site_id = " + lille + " AND end_date < DATE '" + monthAgo + "'");
        assertFalse(current.isEmpty() || ended.isEmpty(), "the demo has current and ended cohorts at Lille-Sud");
        assertEquals(current, idsOf(cohortRepository.endingFrom(scope, null, monthAgo)), "current cohorts only");
        assertEquals(ids("SELECT id FROM cohort WHERE site_id = " + lille), idsOf(cohortRepository.endingFrom(Optional.empty(), lille, null)));
        assertEquals(List.of(), cohortRepository.endingFrom(scope, sites.get(VALENCIENNES), null), "a site outside the scope");

        long all = count("SELECT COUNT(*) FROM cohort WHERE site_id = " + lille);
        assertEquals(all, cohortRepository.count(scope, null));
        List<Long> paged = new ArrayList<>();
        for (int first = 0; first < all + 2; first += 2) {
            List<Cohort> page = cohortRepository.page(scope, null, first, 2);
            assertTrue(page.size() <= 2);
            page.forEach(c -> paged.add(c.getId()));
        }
        assertEquals(all, paged.size(), "each cohort on one page only");
        assertEquals(ids("SELECT id FROM cohort WHERE site_id = " + lille), Set.copyOf(paged));

        String name = cohortRepository.page(scope, null, 0, 1).get(0).getName();
        String part = name.substring(1, Math.min(name.length(), 6)).toUpperCase(Locale.ROOT);
        Set<Long> named = ids("SELECT id FROM cohort WHERE site_id = " + lille + " AND LOWER(name) LIKE '%"
                + part.toLowerCase(Locale.ROOT).replace("'", "''") + "%'");
        assertEquals(named.size(), cohortRepository.count(scope, " " + part + " "));
        assertEquals(named, idsOf(cohortRepository.page(scope, part, 0, 100)));

        // a programme's newest cohorts, capped (the learner list's drop-down), of one site when given
        long programme = count("SELECT MIN(programme_id) FROM cohort WHERE site_id = " + lille);
        List<Long> newest = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM cohort WHERE site_id = " + lille + " AND programme_id = "
                        + programme + " ORDER BY start_date DESC, name, id")) {
            while (rs.next()) {
                newest.add(rs.getLong(1));
            }
        }
        assertTrue(newest.size() >= 2, "the demo has two cohorts of a programme at Lille-Sud: " + newest);
        assertEquals(newest.subList(0, 2), cohortRepository.latest(Optional.empty(), programme, lille, 2).stream().map(Cohort::getId).toList());
        assertEquals(newest, cohortRepository.latest(scope, programme, null, 1000).stream().map(Cohort::getId).toList());
        assertEquals(List.of(), cohortRepository.latest(scope, programme, sites.get(VALENCIENNES), 10), "a site outside the scope");
    }

    @Test
    void searchKeyFollowsTheNamesInTheDatabase() throws Exception {
        tx.begin();
        Learner l = new Learner("Élodie", "Martin-Durand", siteRepository.get(sites.get(LILLE)));
        learnerRepository.store(l);
        tx.commit();
        assertEquals("martin durand elodie | elodie martin durand", text("SELECT search_key FROM learner WHERE id = " + l.getId()));

        tx.begin();
        Learner managed = learnerRepository.get(l.getId());
        managed.setLastName("D'Ornano");
        tx.commit();
        assertEquals("d ornano elodie | elodie d ornano", text("SELECT search_key FROM learner WHERE id = " + l.getId()));
        assertTrue(idsOf(pages(LearnerFilter.text("ELODIE D'ORNANO"), Optional.of(List.of(sites.get(LILLE))), 50))
                .contains(l.getId()), "not found under its new name");
    }

    // ---------------------------------------------------------------- deny by default

    @Test
    void withoutALoggedInUserTheServicesSeeNoLearner() throws Exception {
        long before = count("SELECT COUNT(*) FROM learner");
        assertTrue(before > 0);
        Page<Learner> page = learnerService.search(LearnerFilter.none(), LearnerSort.NAME, false, 0, 20);
        assertEquals(0, page.total(), "a caller without login sees learners");
        assertTrue(page.items().isEmpty());

        long someone = count("SELECT MIN(id) FROM learner WHERE anonymised_on IS NULL"); // DataProtectionIT erases one
        assertThrows(NotFoundException.class, () -> learnerService.get(someone));
        assertThrows(NotFoundException.class, () -> learnerService.erase(someone));
        String kept = text("SELECT last_name FROM learner WHERE id = " + someone);
        assertFalse(kept.startsWith("Anonymised"), "erased without a login");

        Learner stranger = new Learner("No", "Login" + System.nanoTime(), siteRepository.get(sites.get(LILLE)));
        assertThrows(NotFoundException.class, () -> learnerService.save(stranger));
        assertEquals(before, count("SELECT COUNT(*) FROM learner"), "stored without a login");
    }

    // ---------------------------------------------------------------- demo data

    @Test
    void demoSeedingIsIdempotent() throws Exception {
        Map<String, Long> before = tableCounts();
        demoData.seed();
        assertEquals(before, tableCounts(), "seeding again added rows");
    }

    /**
     * What is kept from the registers (participation dates, absences in a row) and from the enrolments (the
     * ESF+ report's person rows) is computed whole at a start that finds it empty while its source has rows, and
     * gives the rows the registers and the services wrote one by one.
     */
    @Test
    void theFiguresKeptFromTheRegistersAreComputedWholeWhenFoundEmpty() throws Exception {
        String participation = "SELECT programme_id, learner_id, participation_date FROM participation";
        String streak = "SELECT cohort_id, learner_id, absences, last_mark FROM absence_streak";
        String people = "SELECT * FROM programme_person";
        String waiting = "SELECT enrolment_id, timing, exit_date, site_id FROM follow_up_due";
        String enrolled = "SELECT * FROM site_enrolment_count";
        String severalSites = "SELECT * FROM multi_site_person";
        tx.begin();
        try {
            Set<String> kept = rows(participation);
            Set<String> runs = rows(streak);
            Set<String> persons = rows(people);
            Set<String> followUps = rows(waiting);
            Set<String> siteCounts = rows(enrolled);
            Set<String> multiSite = rows(severalSites);
            assertFalse(siteCounts.isEmpty(), "the demo's enrolments wrote their sites' counts");
            assertFalse(kept.isEmpty() || runs.isEmpty(), "the demo's registers wrote both as they were saved");
            assertFalse(persons.isEmpty(), "the demo's enrolments wrote the person rows");
            assertFalse(followUps.isEmpty(), "the demo's exits wrote the follow-ups waiting");
            em.createNativeQuery("DELETE FROM participation").executeUpdate();
            em.createNativeQuery("DELETE FROM absence_streak").executeUpdate();
            em.createNativeQuery("DELETE FROM programme_person").executeUpdate();
            em.createNativeQuery("DELETE FROM follow_up_due").executeUpdate();
            em.createNativeQuery("DELETE FROM site_enrolment_count").executeUpdate();
            em.createNativeQuery("DELETE FROM multi_site_person").executeUpdate();
            participations.onSchemaReady(new SchemaReady(0));
            streaks.onSchemaReady(new SchemaReady(0));
            programmePersons.onSchemaReady(new SchemaReady(0));
            followUpsDue.onSchemaReady(new SchemaReady(0));
            siteEnrolmentCounts.onSchemaReady(new SchemaReady(0));
            multiSitePersons.onSchemaReady(new SchemaReady(0));
            assertEquals(kept, rows(participation));
            assertEquals(runs, rows(streak));
            assertSameRows(persons, rows(people));
            assertSameRows(followUps, rows(waiting));
            assertSameRows(siteCounts, rows(enrolled));
            assertSameRows(multiSite, rows(severalSites));
        } finally {
            tx.rollback();
        }
    }

    /**
     * The follow-up queue's counts, read from the follow-ups kept as waiting, are those of matching each exit of
     * the sites against its outcomes (the statement the queue ran before, kept here as the oracle), and the number
     * of rows the queue lists from the enrolments; for every site and for one, due by several dates.
     */
    @Test
    void theFollowUpCountsAreTheExitsWaitingForTheirObservation() throws Exception {
        LocalDate today = LocalDate.now();
        tx.begin();
        try {
            boolean someDue = false;
            for (Optional<List<Long>> scope : List.of(Optional.<List<Long>>empty(), Optional.of(List.of(sites.get(LILLE))))) {
                for (LocalDate dueBy : List.of(today.withDayOfMonth(today.lengthOfMonth()), today.minusDays(30), today.minusYears(1))) {
                    Map<OutcomeTiming, LocalDate> by = Map.of(OutcomeTiming.AT_EXIT, dueBy, OutcomeTiming.SIX_MONTHS, dueBy);
                    Map<OutcomeTiming, LocalDate> earlier = Map.of(OutcomeTiming.AT_EXIT, dueBy.minusDays(30),
                            OutcomeTiming.SIX_MONTHS, dueBy.minusDays(30));
                    long[] counts = outcomeRepository.dueCounts(by, earlier, scope);
                    String siteFilter = scope.map(ids -> " AND c.site_id = " + ids.get(0)).orElse("");
                    for (int i = 0; i < 4; i++) {
                        OutcomeTiming timing = i < 2 ? OutcomeTiming.AT_EXIT : OutcomeTiming.SIX_MONTHS;
                        LocalDate date = i % 2 == 0 ? dueBy : dueBy.minusDays(30);
                        LocalDate lastExit = timing == OutcomeTiming.AT_EXIT ? date : date.plusDays(1).minusMonths(6).minusDays(1);
                        long matched = count("SELECT COUNT(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                                + " LEFT JOIN outcome o ON o.enrolment_id = e.id AND o.timing = '" + timing + "'"
                                + " WHERE e.exit_date IS NOT NULL AND e.exit_date <= DATE '" + lastExit + "' AND o.id IS NULL" + siteFilter);
                        String what = timing + " by " + date + " " + scope;
                        assertEquals(matched, counts[i], what);
                        assertEquals(matched, outcomeRepository.due(timing, date, scope, 0, 100_000).size(), what);
                        someDue |= matched > 0;
                    }
                }
            }
            assertTrue(someDue, "the demo has follow-ups waiting");
        } finally {
            tx.rollback();
        }
    }

    /**
     * The whole audit trail's total is read from the chain's head (its events are numbered from 1 without a gap,
     * never deleted), and agrees with counting them; a filtered total still counts.
     */
    @Test
    void theAuditTrailsTotalIsItsCount() throws Exception {
        long counted = count("SELECT COUNT(*) FROM audit_event");
        assertTrue(counted > 0, "the demo's writes are in the trail");
        assertEquals(counted, auditLog.count(AuditFilter.all()));
        assertEquals(count("SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE'"),
                auditLog.count(new AuditFilter(null, AuditAction.CREATE, null, null, null, null)));
    }

    /** The same rows, or the ones written one by one but not computed whole, and the other way round. */
    static void assertSameRows(Set<String> kept, Set<String> computed) {
        Set<String> missing = new java.util.TreeSet<>(computed);
        missing.removeAll(kept);
        Set<String> extra = new java.util.TreeSet<>(kept);
        extra.removeAll(computed);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "computed whole but not kept: " + missing + "; kept but not computed: " + extra);
    }

    Set<String> rows(String sql) {
        Set<String> rows = new java.util.TreeSet<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            rows.add(java.util.Arrays.toString((Object[]) row));
        }
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    interface JdbcWork {
        void run(Connection c) throws Exception;
    }

    void inRolledBackTransaction(JdbcWork work) throws Exception {
        tx.begin();
        try (Connection c = ds.getConnection()) {
            work.run(c);
        } finally {
            tx.rollback();
        }
    }

    static void bindEnrolment(PreparedStatement ps, long learner, long cohort, String entry, String exit, String status)
            throws SQLException {
        ps.setLong(1, freshId());
        ps.setLong(2, learner);
        ps.setLong(3, cohort);
        ps.setDate(4, Date.valueOf(entry));
        if (exit == null) {
            ps.setNull(5, java.sql.Types.DATE);
        } else {
            ps.setDate(5, Date.valueOf(exit));
        }
        ps.setString(6, status);
    }

    static void assertIntegrityViolation(SQLException e) {
        assertNotNull(e.getSQLState(), e::toString);
        assertTrue(e.getSQLState().startsWith("23"), "SQLState " + e.getSQLState() + ": " + e);
    }

    /** Ids far above the sequence, never given by JPA; the rows are rolled back anyway. */
    static long freshId() {
        return 8_000_000_000_000L + (System.nanoTime() & 0xFFFFFFFL);
    }

    static boolean causedByOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    List<Learner> pages(LearnerFilter filter, Optional<List<Long>> scope, int size) {
        List<Learner> all = new ArrayList<>();
        for (int first = 0; ; first += size) {
            Page<Learner> page = learnerRepository.search(filter, scope, LearnerSort.NAME, false, first, size);
            assertTrue(page.items().size() <= size, "a page larger than asked: " + page.items().size());
            all.addAll(page.items());
            if (first + size >= page.total()) {
                assertEquals(page.total(), all.size(), "the pages do not add up to the total");
                return all;
            }
            assertEquals(size, page.items().size(), "a page short before the end");
        }
    }

    static Set<Long> idsOf(List<? extends BaseEntity> records) {
        Set<Long> ids = new HashSet<>();
        records.forEach(l -> ids.add(l.getId()));
        return ids;
    }

    Set<Long> ids(String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("programme", "site", "cohort", "learner", "enrolment", "account", "account_site",
                "account_programme", "consent")) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }
}
