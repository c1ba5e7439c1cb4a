package dev.waymark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: it must not reach for a framework. */
@AnalyzeClasses(packages = "dev.waymark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_on_no_framework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..", "com.vaadin..", "tools.jackson..", "com.fasterxml..", "java.sql..",
                    "javax.sql..");
}
