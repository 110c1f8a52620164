package org.tremplin.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/architecture.md). Features sit on {@code shared}, never the other way;
 * inside a feature, the domain knows no other layer and the layers below the screens know no screen; demo data
 * is its own package that nothing depends on. No cycle between features, nor between the layers of the features:
 * programme (sites, cohorts) is at the bottom, identity (accounts and their sites) on it, learner on both, and the
 * others above; the layers go domain, infrastructure, application, then the ways in (web, rest).
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
        noClasses().that().resideInAnyPackage("org.tremplin.*.application..", "org.tremplin.*.infrastructure..",
                "org.tremplin.*.web..").should().dependOnClassesThat().resideInAPackage("org.tremplin.*.rest..")
                .because("the API is a way in, like the screens").check(classes);
    }

    @Test
    void noCycleBetweenFeaturesNorBetweenTheLayersOfOne() {
        slices().matching("org.tremplin.(*)..").should().beFreeOfCycles()
                .because("a feature builds on those below it (docs/architecture.md): move the shared type down, or use an event")
                .check(classes);
        slices().matching("org.tremplin.(*).(*)..").should().beFreeOfCycles()
                .because("screens and the API use services, services use repositories and entities").check(classes);
    }

    @Test
    void repositoriesServeTheServicesNotTheOtherWay() {
        noClasses().that().resideInAPackage("org.tremplin.*.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("org.tremplin.*.application..")
                .because("what a repository takes (filters, sorts, pages) is a domain or shared type").check(classes);
    }
}
