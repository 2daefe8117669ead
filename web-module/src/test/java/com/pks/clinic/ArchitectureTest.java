package com.pks.clinic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import com.pks.clinic.archfixture.FacesInADomainModule;
import com.pks.clinic.archfixture.ReachesIntoContentInternals;

/**
 * The rules of the house (shared/ARCHITECTURE.md) that the compiler cannot keep: modules meet only through
 * each other's {@code api}, and Jakarta Faces stays in the web module. Checked against the production classes of
 * all four modules; the fixtures prove that each rule does catch a breach.
 */
class ArchitectureTest {

    private static final String ROOT = "com.pks.clinic";
    private static final String[] DOMAIN_MODULES = {"content", "inquiry", "admin"};

    static final ArchRule MODULES_MEET_ONLY_THROUGH_THEIR_API = CompositeArchRule.of(
            internalsStayInside("content")).and(internalsStayInside("inquiry")).and(internalsStayInside("admin"))
            .as("a module uses no other module's internal package");

    static final ArchRule FACES_ONLY_IN_THE_WEB_MODULE = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.faces..")
            .as("jakarta.faces is used only in web-module");


    static final ArchRule CONTENT_STANDS_ALONE = noClasses()
            .that().resideInAPackage(ROOT + ".content..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".inquiry..", ROOT + ".admin..", ROOT + ".web..")
            .as("content depends on no other module of ours");

    static final ArchRule INQUIRY_STANDS_ALONE = noClasses()
            .that().resideInAPackage(ROOT + ".inquiry..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".content..", ROOT + ".admin..", ROOT + ".web..")
            .as("inquiry depends on no other module of ours");

    static final ArchRule APIS_HIDE_THEIR_IMPLEMENTATION = noClasses()
            .that().resideInAPackage(ROOT + ".*.api..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".*.internal..")
            .as("an api package exposes nothing of its module's internals");

    static final ArchRule ENTITIES_ARE_INTERNAL = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage(ROOT + ".*.internal..")
            .as("entities live in a module's internal package");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static ArchRule internalsStayInside(String module) {
        String home = ROOT + "." + module + "..";
        return noClasses().that().resideOutsideOfPackage(home)
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + module + ".internal..");
    }

    @Test
    void theProductionCodeKeepsTheRules() {
        assertTrue(PRODUCTION.containPackage(ROOT + ".content.api"), "the modules' classes were imported");
        assertTrue(PRODUCTION.containPackage(ROOT + ".web.site"), "the web module's classes were imported");
        MODULES_MEET_ONLY_THROUGH_THEIR_API.check(PRODUCTION);
        FACES_ONLY_IN_THE_WEB_MODULE.check(PRODUCTION);
        CONTENT_STANDS_ALONE.check(PRODUCTION);
        INQUIRY_STANDS_ALONE.check(PRODUCTION);
        APIS_HIDE_THEIR_IMPLEMENTATION.check(PRODUCTION);
        ENTITIES_ARE_INTERNAL.check(PRODUCTION);
        for (String module : DOMAIN_MODULES) {
            assertTrue(PRODUCTION.containPackage(ROOT + "." + module + ".api"), module + " has an api package");
        }
    }

    @Test
    void reachingIntoAnotherModulesInternalsIsCaught() {
        JavaClasses breach = new ClassFileImporter().importClasses(ReachesIntoContentInternals.class);
        assertTrue(MODULES_MEET_ONLY_THROUGH_THEIR_API.evaluate(breach).hasViolation());
    }

    @Test
    void facesOutsideTheWebModuleIsCaught() {
        JavaClasses breach = new ClassFileImporter().importClasses(FacesInADomainModule.class);
        assertTrue(FACES_ONLY_IN_THE_WEB_MODULE.evaluate(breach).hasViolation());
    }
}
