package com.envgrid.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.envgrid.core");

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "javax.inject..")
                .check(CORE);
    }

    /**
     * A GeoPackage is an SQLite file, read and written through NGA's library, whose API speaks JDBC
     * ({@code SQLException}): the boundary-file package may name it; nothing else in the domain knows a database.
     */
    @Test
    void the_domain_depends_on_no_database() {
        noClasses().that().resideOutsideOfPackage("com.envgrid.core.geo.file")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(CORE);
    }
}
