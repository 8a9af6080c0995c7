package io.waxalert.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of dependencies inside the core: values at the bottom, the engine and the relay on top. */
class DependencyRulesTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.waxalert.core");

  @Test
  void marketValuesDependOnlyOnTheJdk() {
    classes().that().resideInAPackage("io.waxalert.core.model..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.waxalert.core.model..", "io.waxalert.core")
        .check(CORE);
  }

  @Test
  void portsAndValuesKnowNothingOfTheEngineOrTheInMemoryAdapters() {
    noClasses().that().resideInAnyPackage("io.waxalert.core.model..", "io.waxalert.core.criteria..",
            "io.waxalert.core.entry..", "io.waxalert.core.spi..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.waxalert.core.monitor..", "io.waxalert.core.delivery..",
            "io.waxalert.core.inmemory..")
        .check(CORE);
  }

  @Test
  void theEngineOnlyRecordsAlertsAndKnowsNothingOfTheirDelivery() {
    noClasses().that().resideInAPackage("io.waxalert.core.monitor..")
        .should().dependOnClassesThat().resideInAnyPackage("io.waxalert.core.delivery..")
        .orShould().dependOnClassesThat().haveSimpleName("Notifier")
        .check(CORE);
  }

  @Test
  void theBudgetBuildsOnValuesOnly() {
    classes().that().resideInAPackage("io.waxalert.core.budget..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.waxalert.core", "io.waxalert.core.budget..",
            "io.waxalert.core.model..", "io.waxalert.core.entry..", "io.waxalert.core.criteria..")
        .check(CORE);
  }

  /** Hosts (the service, embedders) compose the budget with the engine; the core never needs it. */
  @Test
  void nothingElseInTheCoreDependsOnTheBudget() {
    noClasses().that().resideOutsideOfPackage("io.waxalert.core.budget..")
        .should().dependOnClassesThat().resideInAPackage("io.waxalert.core.budget..")
        .check(CORE);
  }

  @Test
  void followedSellersAreAUseCaseBesideTheEngineNotPartOfIt() {
    noClasses().that().resideInAPackage("io.waxalert.core.sellers..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.waxalert.core.monitor..", "io.waxalert.core.delivery..",
            "io.waxalert.core.inmemory..")
        .check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.waxalert.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
