package org.coreset4j.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Set;
import java.util.TreeSet;

/**
 * The package-cycle check that each module's {@code PackageCyclesTest} runs on the classes its
 * classpath holds: no two {@code org.coreset4j} packages may depend on each other, directly or
 * around a longer loop. Every package is its own slice (a subpackage is a different package), the
 * API facade's package {@code org.coreset4j} included.
 */
public final class PackageCycles {
  /** Each class's package, for the classes of org.coreset4j and its subpackages. */
  private static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String name = c.getPackageName();
      return name.equals("org.coreset4j") || name.startsWith("org.coreset4j.")
          ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages of org.coreset4j";
    }
  };

  private PackageCycles() {}

  /**
   * The main classes of every {@code org.coreset4j} package on the classpath: class folders and
   * jars, without test classes (test folders and test jars).
   */
  public static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("org.coreset4j");
  }

  /** The packages of {@code classes}, sorted, to check that a module's check saw what it should. */
  public static Set<String> packages(JavaClasses classes) {
    Set<String> names = new TreeSet<>();
    classes.forEach(c -> names.add(c.getPackageName()));
    return names;
  }

  /** No cycles between packages. */
  public static SliceRule rule() {
    return slices().assignedFrom(PACKAGES).should().beFreeOfCycles();
  }
}
