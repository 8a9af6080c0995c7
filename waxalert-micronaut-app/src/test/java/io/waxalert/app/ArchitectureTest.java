package io.waxalert.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** The service's package rules: what may know what. */
class ArchitectureTest {

  private static final JavaClasses APP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.waxalert.app");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.waxalert.app.(*)..").should().beFreeOfCycles().check(APP);
  }

  @Test
  void controllersNeverTouchRepositoriesOrEntities() {
    noClasses().that().areAnnotatedWith(Controller.class)
        .should().dependOnClassesThat().resideInAnyPackage("io.waxalert.persistence.internal..")
        .check(APP);
  }

  @Test
  void nothingInTheServiceTouchesAnotherModulesInternals() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.waxalert.persistence.internal..", "io.waxalert.discogs.internal..",
            "io.waxalert.core.internal..")
        .check(APP);
  }

  @Test
  void onlyTheWiringBuildsTheCoresServices() {
    var coreService = owner(JavaClass.Predicates.resideInAnyPackage(
        "io.waxalert.core.monitor..", "io.waxalert.core.delivery.."));
    noClasses().that().resideOutsideOfPackage("io.waxalert.app.config..")
        .should().callMethodWhere(target(coreService).and(target(name("builder"))))
        .orShould().callConstructorWhere(target(coreService))
        .because("the core's engine, relay and history are built in WaxalertFactory, one wiring place")
        .check(APP);
  }

  @Test
  void settingsDependOnNothingElseOfTheService() {
    classes().that().resideInAPackage("io.waxalert.app.settings..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.waxalert.app.settings..", "java..", "io.micronaut..", "jakarta..")
        .check(APP);
  }
}
