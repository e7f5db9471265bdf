package dev.policydesigner.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of docs/adr: model ← export ← app, icons alone, JGraphX fenced in. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.policydesigner");

  @Test
  void modelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("dev.policydesigner.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.policydesigner.model..", "java..")
        .check(CLASSES);
  }

  @Test
  void exportDoesNotDependOnTheAppOrAUiToolkit() {
    noClasses()
        .that()
        .resideInAPackage("dev.policydesigner.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.policydesigner.app..", "javafx..", "org.controlsfx..")
        .check(CLASSES);
  }

  @Test
  void iconsDependOnNothing() {
    noClasses()
        .that()
        .resideInAPackage("dev.policydesigner.icons..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.policydesigner.icons..", "java..")
        .check(CLASSES);
  }

  @Test
  void onlyTheDiagramAdapterUsesJGraphXOrAwt() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.policydesigner.export.diagram..", "dev.policydesigner.app.snapshot.png")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.mxgraph..", "java.awt..")
        .check(CLASSES);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.policydesigner.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
