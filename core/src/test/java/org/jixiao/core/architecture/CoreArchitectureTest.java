package org.jixiao.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core module is the pure domain: numbers, grades, targets, ratios, scoring rules, indicator trees, evaluations and
 * validation. It computes; it reads and writes nothing and knows no framework. Reading YAML/JSON, the CLI, the web app
 * and Word/Excel output live in the outer modules, which depend on core — never the reverse.
 *
 * <p>The rules are {@code @ArchTest} methods rather than {@code @ArchTest} fields: Maven Surefire 3.5.3 (the version this
 * build uses) silently skips {@code @ArchTest} fields (TNG/ArchUnit#1442, apache/maven-surefire#839), so a field rule
 * would never run under {@code mvn test}.
 */
@AnalyzeClasses(packages = "org.jixiao.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    private static final String PURE = "core must stay pure: it is the domain model and its computations, with no I/O and "
            + "no framework, so that every score and ratio is recomputed from the data alone and any front end (file "
            + "formats, CLI, web) can reuse it — only java.lang, java.math, java.util, java.text, java.time and "
            + "org.jixiao.core itself may be used";

    static final ArchRule ONLY_JDK_BASICS_AND_CORE = classes()
            .that().resideInAPackage("org.jixiao.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java.lang..", "java.math..", "java.util..", "java.text..", "java.time..", "org.jixiao.core..")
            .because(PURE);

    static final ArchRule NO_IO = noClasses()
            .that().resideInAPackage("org.jixiao.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..",
                    "javax.sql..")
            .because("core must stay pure: reading and writing files, databases or the network belongs to the formats "
                    + "and app modules; core only computes from the data it is given");

    static final ArchRule NO_THIRD_PARTY_LIBRARIES = noClasses()
            .that().resideInAPackage("org.jixiao.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml..", "picocli..",
                    "org.apache..", "com.networknt..", "org.yaml..", "com.google..", "lombok..", "org.slf4j..")
            .because("core must stay pure: frameworks and third-party libraries (Spring, Jackson, picocli, POI …) are "
                    + "used only by the outer modules");

    static final ArchRule NO_OUTER_MODULES = noClasses()
            .that().resideInAPackage("org.jixiao.core..")
            .should().dependOnClassesThat(resideInAPackage("org.jixiao..").and(resideOutsideOfPackage("org.jixiao.core..")))
            .because("core must stay pure: the formats and app modules depend on core, never the reverse");

    @ArchTest
    void core_depends_only_on_java_lang_math_util_text_time_and_itself(JavaClasses classes) {
        ONLY_JDK_BASICS_AND_CORE.check(classes);
    }

    @ArchTest
    void core_does_no_io(JavaClasses classes) {
        NO_IO.check(classes);
    }

    @ArchTest
    void core_uses_no_third_party_library(JavaClasses classes) {
        NO_THIRD_PARTY_LIBRARIES.check(classes);
    }

    @ArchTest
    void core_does_not_know_the_outer_modules(JavaClasses classes) {
        NO_OUTER_MODULES.check(classes);
    }
}
