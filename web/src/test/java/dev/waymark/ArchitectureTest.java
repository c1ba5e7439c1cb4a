package dev.waymark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Views and the API go through services, which are the security boundary; never to repositories. */
@AnalyzeClasses(packages = "dev.waymark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_and_api_do_not_reach_repositories = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("Jdbc")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.waymark.guide.Guides")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.waymark.operator.Operators")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.waymark.operator.OperatorDirectory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.waymark.report.ReaderReports")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.waymark.account.Users")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.waymark.audit.AuditLog")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

}
