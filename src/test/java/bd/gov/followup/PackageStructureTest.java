package bd.gov.followup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of DESIGN.md, one per concern, depend on each other in one direction: workflow uses notify, report and
 * security, never the other way round, so that a concern can be read (and changed) without the ones above it.
 */
class PackageStructureTest {

  private static final JavaClasses APPLICATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("bd.gov.followup");

  @Test
  void thePackagesHaveNoCycles() {
    slices().matching("bd.gov.followup.(*)..").should().beFreeOfCycles().check(APPLICATION);
  }

  /** Reading minutes is a pure function of the file: testable, and usable by the benchmark, without the engine. */
  @Test
  void readingMinutesNeedsNoOtherPartOfTheApplication() {
    noClasses()
        .that().resideInAPackage("bd.gov.followup.minutes..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "bd.gov.followup.workflow..", "bd.gov.followup.report..", "bd.gov.followup.notify..",
            "bd.gov.followup.web..", "bd.gov.followup.security..", "bd.gov.followup.directory..",
            "bd.gov.followup.deadline..", "bd.gov.followup.db..")
        .check(APPLICATION);
  }
}
