package care.lantern.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/** The site is an edge: it calls the business core's boundaries and never the database. */
@AnalyzeClasses(packages = "care.lantern.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule touchesNoEntityManager =
      noClasses().should().dependOnClassesThat().areAssignableTo(EntityManager.class);

  @ArchTest
  static final ArchRule callsNoControlClasses =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("care.lantern.*.control..")
          .because("the business core's boundaries are the only entry points the edges call");
}
