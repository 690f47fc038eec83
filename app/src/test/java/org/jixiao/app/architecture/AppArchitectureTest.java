package org.jixiao.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The jar has two entry points: the batch commands must stay free of Spring (fast start, no server), and the server
 * must not reach into the command line.
 */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao.app");

    @Test
    void batchCommandsDoNotTouchSpringOrTheServer() {
        noClasses().that().resideInAPackage("org.jixiao.app.cli..").and().doNotHaveSimpleName("ServeCommand")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jixiao.app.server..")
                .check(APP);
    }

    @Test
    void theServerDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.jixiao.app.server..")
                .should().dependOnClassesThat().resideInAPackage("org.jixiao.app.cli..")
                .check(APP);
    }

    @Test
    void featuresKeepTheirPersistenceToThemselves() {
        noClasses().that().resideInAnyPackage("org.jixiao.app.server.organisation..", "org.jixiao.app.server.security..",
                        "org.jixiao.app.server.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.jixiao.app.server.evaluation..")
                .check(APP);
    }
}
