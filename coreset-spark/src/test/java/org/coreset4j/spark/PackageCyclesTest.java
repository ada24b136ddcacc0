package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.coreset4j.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No package cycles among the Spark module's packages and the modules it depends on. */
class PackageCyclesTest {
  @Test
  void sparkAndCorePackagesAreFreeOfCycles() {
    JavaClasses classes = PackageCycles.mainClasses();
    assertThat(PackageCycles.packages(classes))
        .contains("org.coreset4j", "org.coreset4j.selection", "org.coreset4j.spark", "org.coreset4j.spark.bench");
    PackageCycles.rule().check(classes);
  }
}
