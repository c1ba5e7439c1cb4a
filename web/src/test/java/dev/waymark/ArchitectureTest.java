package dev.waymark;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Views and the API go through services, which are the security boundary; never to repositories. Features' screens
 * share {@code base/ui} and never import each other in a circle.
 */
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

    @ArchTest
    static final ArchRule screens_of_features_do_not_import_each_other_in_a_circle = slices()
            .matching("dev.waymark.(*)..ui..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_shared_screens_name_no_feature_screen = noClasses()
            .that().resideInAPackage("dev.waymark.base.ui..")
            .should().dependOnClassesThat(resideInAPackage("dev.waymark..ui..")
                    .and(not(resideInAPackage("dev.waymark.base.ui.."))))
            .because("the staff layout lives in base/ui so that every feature's views can use it");
}
