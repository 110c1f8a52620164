package org.tremplin.learner.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.learner.domain.DiplomaLevel;
import org.tremplin.learner.domain.Gender;
import org.tremplin.learner.domain.LabourStatus;
import org.tremplin.programme.domain.Site;

/** Reading and checking a learner file, without a container (a validator that accepts everything). */
class ImportPlanTest {

    static final Validator ACCEPT_ALL = new Validator() {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    };

    final Site site = new Site("Lille-Sud", "Lille");

    static ImportPlan plan(String csv) {
        return ImportPlan.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void frenchHeadersAreMappedAndFrenchSpellingsUnderstood() {
        ImportPlan p = plan("Nom;Prénom;Date de naissance;Sexe;E-mail;Situation;Diplôme;QPV\n"
                + "Martin;Élodie;02/04/1990;F;e@example.org;demandeur d'emploi;CAP;oui\n");
        assertEquals(Optional.empty(), p.mappingProblem());
        assertEquals(0, p.columns().get(ImportField.LAST_NAME));
        assertEquals(4, p.columns().get(ImportField.EMAIL));
        RowMapper.Result r = p.check(site, ACCEPT_ALL).get(0);
        assertTrue(r.isValid(), r.errors().toString());
        assertEquals(2, r.line());
        assertEquals(java.time.LocalDate.of(1990, 4, 2), r.learner().getBirthDate());
        assertEquals(Gender.WOMAN, r.learner().getGender());
        assertEquals(LabourStatus.UNEMPLOYED, r.learner().getLabourStatus());
        assertEquals(DiplomaLevel.CAP_BEP, r.learner().getDiplomaLevel());
        assertEquals(3, r.learner().getIscedLevel());
        assertTrue(r.learner().isPriorityNeighbourhood());
    }

    @Test
    void badValuesAreReportedWithTheirLineAndField() {
        List<RowMapper.Result> results = plan("nom,prenom,date de naissance,genre,qpv\n"
                + "A,B,31/02/1990,F,non\n"
                + "C,D,1990-04-02,Z,non\n"
                + "E,F,1990-04-02,H,peut-être\n").check(site, ACCEPT_ALL);
        assertEquals(List.of(2, 3, 4), results.stream().map(RowMapper.Result::line).toList());
        assertTrue(results.get(0).errors().get(0).startsWith("birth_date"), results.get(0).errors().toString());
        assertTrue(results.get(1).errors().get(0).startsWith("gender"), results.get(1).errors().toString());
        assertTrue(results.get(2).errors().get(0).startsWith("priority_neighbourhood"), results.get(2).errors().toString());
        assertFalse(results.stream().anyMatch(RowMapper.Result::isValid));
    }

    @Test
    void theSamePersonTwiceInTheFileIsRefusedOnTheSecondLine() {
        List<RowMapper.Result> results = plan("nom;prenom;date de naissance\nMartin-Durand;Élodie;1990-04-02\n"
                + "martin durand;elodie;02/04/1990\n").check(site, ACCEPT_ALL);
        assertTrue(results.get(0).isValid());
        assertEquals(List.of("same person as line 2"), results.get(1).errors());
    }

    @Test
    void withoutNameColumnsOrHeaderNothingCanBeChecked() {
        assertEquals(Optional.of("import.namesUnmapped"), plan("date de naissance;genre\n1990-04-02;F\n").mappingProblem());
        assertEquals(Optional.of("import.empty"), plan("\n\n").mappingProblem());
        ImportPlan remapped = plan("a;b\nMartin;Zoé\n").mappedAs(Map.of(ImportField.LAST_NAME, 0, ImportField.FIRST_NAME, 1));
        assertEquals(Optional.empty(), remapped.mappingProblem());
        assertEquals("Zoé", remapped.check(site, ACCEPT_ALL).get(0).learner().getFirstName());
    }
}
