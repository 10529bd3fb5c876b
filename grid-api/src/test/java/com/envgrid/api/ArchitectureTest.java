package com.envgrid.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of grid-api: feature packages that depend on each other one way only, and no demo (grid-demo's). */
class ArchitectureTest {
    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.envgrid.api");

    @Test
    void the_feature_packages_depend_on_each_other_without_cycles() {
        slices().matching("com.envgrid.api.(*)..").should().beFreeOfCycles().check(API);
    }

    @Test
    void the_demo_lives_in_its_own_module() {
        noClasses().should().resideInAPackage("..demo..")
                .orShould().dependOnClassesThat().resideInAPackage("com.envgrid.demo..")
                .check(API);
    }
}
