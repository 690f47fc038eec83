package org.jixiao.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** core is pure: it depends on java.* and on itself only — no framework, no library, no other module. */
class CorePurityTest {
    @Test
    void coreDependsOnJavaOnly() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jixiao.core");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jixiao.core..").check(core);
    }

    @Test
    void coreDoesNoIo() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jixiao.core");
        classes().should().onlyDependOnClassesThat().resideOutsideOfPackages("java.io..", "java.nio..", "java.net..", "java.sql..")
                .check(core);
    }
}
