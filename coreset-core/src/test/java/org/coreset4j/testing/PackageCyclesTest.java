package org.coreset4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.coreset4j.testing.cycle.a.Left;
import org.coreset4j.testing.cycle.b.Right;
import org.junit.jupiter.api.Test;

/** The core's own packages have no cycles, and the check does catch one. */
class PackageCyclesTest {
  @Test
  void corePackagesAreFreeOfCycles() {
    JavaClasses classes = PackageCycles.mainClasses();
    assertThat(PackageCycles.packages(classes))
        .contains("org.coreset4j", "org.coreset4j.io", "org.coreset4j.selection.dq", "org.coreset4j.submodular")
        .noneMatch(p -> p.startsWith("org.coreset4j.testing"));
    PackageCycles.rule().check(classes);
  }

  @Test
  void aCycleBetweenTwoPackagesFails() {
    JavaClasses cycle = new ClassFileImporter().importClasses(Left.class, Right.class);
    assertThatThrownBy(() -> PackageCycles.rule().check(cycle))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("org.coreset4j.testing.cycle.a.Left");
  }
}
