package org.tremplin.report.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tremplin.programme.domain.Programme;
import org.tremplin.outcome.domain.EsfIndicator;
import org.tremplin.report.infrastructure.EsfQueries.Scope;
import org.tremplin.testing.Deployments;
import org.tremplin.testing.StatementCounter;

/**
 * Every report is computed by the database: one statement per table, the same for a programme of a
 * few dozen participants as for a bigger one, never a statement per learner.
 */
@ExtendWith(ArquillianExtension.class)
class ReportQueryBudgetIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    EsfQueries esf;

    @Inject
    ProgrammeQueries dashboards;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    Scope scope(String name) {
        Programme p = em.createQuery("SELECT p FROM Programme p WHERE p.name = :n", Programme.class)
                .setParameter("n", name).getSingleResult();
        return new Scope(p.getId(), p.getStartDate(), LocalDate.now(), p.getMinAttendanceDays(), Optional.empty());
    }

    <T> T counted(int expected, String what, Supplier<T> report) {
        try (StatementCounter counter = StatementCounter.on(em)) {
            T result = report.get();
            assertEquals(expected, counter.count(), what);
            return result;
        }
    }

    @Test
    void eachReportIsOneStatementWhateverTheProgramme() {
        for (String programme : new String[] {"Synapse", "PopSchool"}) {
            Scope scope = scope(programme);
            EsfQueries.Figures figures = counted(1, programme + " ESF+ figures", () -> esf.figures(scope));
            long participants = figures.indicators().get(EsfIndicator.EECO01).total();
            assertTrue(participants > 0, programme + " has participants in the demo");
            assertEquals(participants, counted(1, programme + " people", () -> esf.people(scope, EsfIndicator.EECO01,
                    Optional.empty())).size());
            assertTrue(counted(1, programme + " funnel", () -> dashboards.funnel(scope)).enrolled() >= participants);
            assertTrue(counted(1, programme + " cohorts", () -> dashboards.cohorts(scope)).size() > 0);
            counted(1, programme + " loans", () -> dashboards.loans(scope, LocalDate.now()));
            assertEquals(5, counted(1, programme + " DigComp", () -> dashboards.digComp(scope)).size());
        }
    }
}
