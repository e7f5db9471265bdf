package dev.policydesigner.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of the house style, checked on the compiled classes of every module. */
@AnalyzeClasses(
    packages = "dev.policydesigner",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  /** Test helpers shared as a test-jar (export's template-test helpers) are tests too. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule modelUsesTheJdkOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.policydesigner.model..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("dev.policydesigner.model..", "java..")
          .because("model depends on the JDK only");

  @ArchTest
  static final ArchRule modelDoesNotUseTheDesktop =
      noClasses()
          .that()
          .resideInAPackage("dev.policydesigner.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.awt..", "javax.swing..", "java.sql..")
          .because("model is pure domain logic");

  @ArchTest
  static final ArchRule exportDoesNotKnowTheApp =
      noClasses()
          .that()
          .resideInAPackage("dev.policydesigner.export..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.policydesigner.app..", "javafx..", "org.controlsfx..", "com.sun.javafx..")
          .because("export runs headless under the command line");

  @ArchTest
  static final ArchRule iconsDependOnNothing =
      noClasses()
          .that()
          .resideInAPackage("dev.policydesigner.icons..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.policydesigner.model..",
              "dev.policydesigner.export..",
              "dev.policydesigner.app..")
          .because("icons are plain resources");

  @ArchTest
  static final ArchRule onlyTheDiagramAdapterTouchesJgraphxOrAwt =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.policydesigner.export.diagram")
          .and()
          .resideInAPackage("dev.policydesigner..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.mxgraph..", "java.awt..")
          .because("JGraphX is end-of-life: it stays behind one adapter package");

  @ArchTest
  static final ArchRule viewModelsNeverTouchTheScene =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
          .because("view-models expose properties and are tested without a stage");

  @ArchTest
  static final ArchRule viewModelsDoNotKnowTheirViews =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("View")
          .because("a view binds to its view-model, never the other way round");

  @ArchTest
  static final ArchRule documentsHoldNoControls =
      noClasses()
          .that()
          .resideInAPackage("dev.policydesigner.app.document..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
          .because("a document is the edited diagram, its history and selection, not a view");

  @ArchTest
  static final ArchRule theCommandLineNeedsNoToolkit =
      noClasses()
          .that()
          .resideInAPackage("dev.policydesigner.app.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.controlsfx..")
          .because("the command line runs headless; images go through app.snapshot");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("dev.policydesigner.(**)").should().beFreeOfCycles();
}
