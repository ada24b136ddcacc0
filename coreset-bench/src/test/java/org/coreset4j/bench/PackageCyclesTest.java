package org.coreset4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.coreset4j.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No package cycles among the benchmarks' packages and the modules they depend on. */
class PackageCyclesTest {
  @Test
  void benchAndItsModulesPackagesAreFreeOfCycles() {
    JavaClasses classes = PackageCycles.mainClasses();
    assertThat(PackageCycles.packages(classes))
        .contains("org.coreset4j.selection", "org.coreset4j.nn", "org.coreset4j.bench");
    PackageCycles.rule().check(classes);
  }
}
