package org.tremplin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.core.domain.Dependency;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/architecture.md). Features sit on {@code shared}, never the other way;
 * inside a feature, the domain knows no other layer and the layers below the screens know no screen; demo data
 * is its own package that nothing depends on. Cycles between features, and between a feature's layers, are
 * listed as they are today ({@link #KNOWN_CYCLE_EDGES}; upward edges between layers in src/test/resources/archunit_store):
 * a new one fails the build; one removed must leave the list (the store shrinks by itself: commit it).
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tremplin");
    }

    @Test
    void sharedKnowsNoFeatureAndNothingKnowsTheDemo() {
        noClasses().that().resideInAPackage("org.tremplin.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tremplin.programme..", "org.tremplin.learner..",
                        "org.tremplin.equipment..", "org.tremplin.training..", "org.tremplin.identity..", "org.tremplin.outcome..",
                        "org.tremplin.report..", "org.tremplin.audit..", "org.tremplin.privacy..", "org.tremplin.demo..")
                .because("shared is what every feature builds on").check(classes);
        noClasses().that().resideOutsideOfPackage("org.tremplin.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.tremplin.demo..")
                .because("the demo data observes start-up; nothing calls it").check(classes);
    }

    @Test
    void theDomainKnowsNoOtherLayer() {
        noClasses().that().resideInAPackage("org.tremplin.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tremplin.*.application..", "org.tremplin.*.infrastructure..",
                        "org.tremplin.*.web..", "org.tremplin.*.rest..", "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .because("entities hold the rules; services, repositories and screens use them").check(classes);
    }

    @Test
    void onlyTheScreensKnowFacesAndTheirBeans() {
        DescribedPredicate<JavaClass> screens = resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .or(resideInAPackage("org.tremplin.*.web..").and(not(resideInAPackage("org.tremplin.shared.web.."))));
        noClasses().that().resideInAnyPackage("org.tremplin.*.domain..", "org.tremplin.*.application..",
                        "org.tremplin.*.infrastructure..", "org.tremplin.*.rest..")
                .should().dependOnClassesThat(screens.as("the screens (Faces, PrimeFaces, a feature's backing beans)"))
                .because("a service answers the pages and the API alike").check(classes);
        FreezingArchRule.freeze(noClasses().that().resideInAnyPackage("org.tremplin.*.application..", "org.tremplin.*.infrastructure..",
                "org.tremplin.*.web..").should().dependOnClassesThat().resideInAPackage("org.tremplin.*.rest..")
                .because("the API is a way in, like the screens")).check(classes);
    }

    /**
     * The edges between features that lie on a cycle today (A uses B and B, directly or not, uses A). Issue 21
     * removes them one by one; a new edge that closes a cycle fails, whatever classes it goes through.
     */
    static final Set<String> KNOWN_CYCLE_EDGES = Set.of(
            "equipment -> identity", "equipment -> learner", "equipment -> programme", "identity -> programme",
            "learner -> equipment", "learner -> identity", "learner -> programme", "programme -> equipment",
            "programme -> identity", "programme -> learner");

    @Test
    void noNewCycleBetweenFeatures() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = feature(c);
            if (from == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass());
                if (to != null && !to.equals(from)) {
                    uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        Set<String> onCycles = new TreeSet<>();
        uses.forEach((from, targets) -> targets.stream().filter(to -> reaches(uses, to, from)).forEach(to -> onCycles.add(from + " -> " + to)));
        Set<String> added = new TreeSet<>(onCycles);
        added.removeAll(KNOWN_CYCLE_EDGES);
        Set<String> gone = new TreeSet<>(KNOWN_CYCLE_EDGES);
        gone.removeAll(onCycles);
        assertTrue(added.isEmpty(), "new dependencies that close a cycle between features: " + added
                + " (break them: move the shared type down, or use an event)");
        assertTrue(gone.isEmpty(), "these edges are no longer on a cycle: remove them from KNOWN_CYCLE_EDGES: " + gone);
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String f = todo.pop();
            if (f.equals(target)) {
                return true;
            }
            if (seen.add(f)) {
                todo.addAll(uses.getOrDefault(f, Set.of()));
            }
        }
        return false;
    }

    /** The feature a class belongs to; null for shared, demo and the root. */
    private static String feature(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("org.tremplin.")) {
            return null;
        }
        String f = p.substring("org.tremplin.".length()).split("\\.")[0];
        return f.equals("shared") || f.equals("demo") || f.isEmpty() ? null : f;
    }

    @Test
    void noNewUpwardEdgeBetweenLayers() {
        FreezingArchRule.freeze(noClasses().that().resideInAPackage("org.tremplin.*.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("org.tremplin.*.application..")
                .because("repositories serve the services, not the other way")).check(classes);
    }
}
