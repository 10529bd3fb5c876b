package com.envgrid.core;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    @Test
    void the_domain_depends_on_no_framework_and_no_database() {
        var core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.envgrid.core");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "jakarta..", "javax.inject..", "java.sql..", "javax.sql..")
                .check(core);
    }
}
