package care.lantern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.platform.backedge.PlatformSide;
import care.lantern.search.backedge.SearchSide;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The business core's stack (docs/architecture.md): each component depends only on those below it,
 * and inside a component control never calls a boundary nor an entity control.
 */
@AnalyzeClasses(packages = "care.lantern", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Bottom to top; each component may use the ones before it. */
  static final String[] STACK = {
    "platform",
    "directory",
    "staff",
    "screening",
    "scheduling",
    "search",
    "referral",
    "portal",
    "demo"
  };

  @ArchTest static final ArchRule componentsDependOnlyOnThoseBelowThem = stack();

  @ArchTest
  static final ArchRule componentsFormNoCycles =
      slices().matching("care.lantern.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule entitiesUseNoControlOrBoundary =
      noClasses()
          .that()
          .resideInAPackage("care.lantern.*.entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("care.lantern.*.control..", "care.lantern.*.boundary..")
          .because("entities and value types guard their own rules and know no services");

  /**
   * Inside a component, boundaries call control and never the reverse. Across components, a
   * component reaches one below it through that component's boundaries (its entry points) or its
   * entities and value types; {@link #stack} decides which components those may be.
   */
  @ArchTest
  static void controlNeverCallsItsOwnComponentsBoundary(JavaClasses classes) {
    for (String component : STACK) {
      noClasses()
          .that()
          .resideInAPackage("care.lantern." + component + ".control..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("care.lantern." + component + ".boundary..")
          .because("a component's boundaries are its entry points and its control serves them")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void theStackRuleRefusesABackEdge() {
    JavaClasses backEdge =
        new ClassFileImporter().importClasses(PlatformSide.class, SearchSide.class);

    EvaluationResult result = stack().evaluate(backEdge);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(detail -> detail.contains("PlatformSide") && detail.contains("SearchSide"));
  }

  /** The layered rule over {@link #STACK}; also used to show that it catches a back-edge. */
  static LayeredArchitecture stack() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String component : STACK) {
      layers = layers.layer(component).definedBy("care.lantern." + component + "..");
    }
    for (int i = 0; i < STACK.length - 1; i++) {
      String[] above = Arrays.copyOfRange(STACK, i + 1, STACK.length);
      layers = layers.whereLayer(STACK[i]).mayOnlyBeAccessedByLayers(above);
    }
    return layers.whereLayer(STACK[STACK.length - 1]).mayNotBeAccessedByAnyLayer();
  }
}
