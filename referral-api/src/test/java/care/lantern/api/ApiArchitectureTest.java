package care.lantern.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;

/** The API is an edge: it calls the business core's boundaries and sends its own records. */
@AnalyzeClasses(packages = "care.lantern.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

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

  @ArchTest
  static final ArchRule resourcesNeverReturnAnEntity =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .and()
          .arePublic()
          .should(returnNoEntity());

  static ArchCondition<JavaMethod> returnNoEntity() {
    return new ArchCondition<>("return no JPA entity") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean entity =
            method.getReturnType().getAllInvolvedRawTypes().stream()
                .anyMatch((JavaClass type) -> type.isAnnotatedWith(Entity.class));
        events.add(
            new SimpleConditionEvent(
                method, !entity, method.getFullName() + " returns " + method.getReturnType()));
      }
    };
  }
}
