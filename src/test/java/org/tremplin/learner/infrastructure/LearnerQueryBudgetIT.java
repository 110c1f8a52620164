package org.tremplin.learner.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.learner.domain.Learner;
import org.tremplin.learner.domain.LearnerFilter;
import org.tremplin.learner.domain.LearnerSort;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.Page;
import org.tremplin.testing.Deployments;
import org.tremplin.testing.StatementCounter;

/**
 * The learner list is counted and paged in the database: one COUNT, one query for the page's ids and
 * one for those learners with their sites, whatever the page size, depth or filter (no N+1). The
 * COUNT and the ids are skipped while the same list's total and page are kept (LearnerLists).
 */
@ExtendWith(ArquillianExtension.class)
class LearnerQueryBudgetIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    LearnerRepository learners;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    LearnerLists lists;

    /** Statements for one page, its total counted afresh. */
    private int statementsFor(LearnerFilter filter, int size) {
        lists.forget();
        return statementsAgainFor(filter, size);
    }

    /** Statements for one page, with whatever total and ids are kept. */
    private int statementsAgainFor(LearnerFilter filter, int size) {
        try (StatementCounter counter = StatementCounter.on(em)) {
            Page<Learner> page = learners.search(filter, Optional.empty(), LearnerSort.SITE, false, 0, size);
            assertTrue(page.items().size() <= size);
            page.items().forEach(l -> l.getSite().getName()); // what the list shows of each row
            return counter.count();
        }
    }

    @Test
    void aPageCostsThreeStatementsWhateverItsSize() {
        assertEquals(3, statementsFor(LearnerFilter.none(), 5));
        assertEquals(3, statementsFor(LearnerFilter.none(), 50));
        assertEquals(3, statementsFor(LearnerFilter.none(), 200));
    }

    @Test
    void filtersStayInTheSameThreeStatements() {
        assertEquals(3, statementsFor(LearnerFilter.text("martin"), 50));
        assertEquals(3, statementsFor(new LearnerFilter(null, null, null, null,
                org.tremplin.learner.domain.EnrolmentStatus.ACTIVE), 50));
    }

    @Test
    void theTotalAndThePageAreKeptUntilALearnerIsWritten() throws Exception {
        LearnerFilter filter = LearnerFilter.none();
        assertEquals(3, statementsFor(filter, 20));
        long before = learners.count(filter, Optional.empty());
        assertEquals(1, statementsAgainFor(filter, 20), "the same page again: its total and ids are kept");
        assertEquals(2, statementsAgainFor(filter, 21), "another slice of the same list: its total is kept");

        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        Site site = em.createQuery("SELECT s FROM Site s WHERE s.name = 'Centre social Lille-Sud'", Site.class).getSingleResult();
        Learner added = new Learner("Compte", "Total" + System.nanoTime(), site);
        added.setBirthDate(LocalDate.of(1990, 1, 1));
        em.persist(added);
        tx.commit();

        assertEquals(3, statementsAgainFor(filter, 20), "a learner written: the total and the page are read again");
        assertEquals(before + 1, learners.count(filter, Optional.empty()));
        assertEquals(1, statementsAgainFor(filter, 20));
    }

    @Test
    void thePageIsCutByTheDatabase() {
        long total = learners.count(LearnerFilter.none(), Optional.empty());
        assertTrue(total >= 200, "demo data: " + total);
        List<Learner> last = learners.page(LearnerFilter.none(), Optional.empty(), LearnerSort.NAME, false,
                (int) total - 3, 50);
        assertEquals(3, last.size(), "the last page holds only the remaining rows");
    }

    @Test
    void aPageIsTheSliceOfTheWholeOrderInEverySort() {
        int total = (int) learners.count(LearnerFilter.none(), Optional.empty());
        for (LearnerSort sort : LearnerSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                List<Long> all = learners.page(LearnerFilter.none(), Optional.empty(), sort, descending, 0, total)
                        .stream().map(Learner::getId).toList();
                List<Long> page = learners.page(LearnerFilter.none(), Optional.empty(), sort, descending, 37, 20)
                        .stream().map(Learner::getId).toList();
                assertEquals(all.subList(37, 57), page, sort + (descending ? " descending" : ""));
            }
        }
    }

    @Test
    void anEmptyScopeCostsNothing() {
        try (StatementCounter counter = StatementCounter.on(em)) {
            Page<Learner> page = learners.search(LearnerFilter.none(), Optional.of(List.of()), LearnerSort.NAME, false, 0, 20);
            assertEquals(0, page.total());
            assertEquals(0, counter.count());
        }
    }
}
