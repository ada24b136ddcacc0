package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.coreset4j.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No package cycles among all modules but Spark: the command line's classpath holds them all. */
class PackageCyclesTest {
  @Test
  void packagesOfEveryModuleButSparkAreFreeOfCycles() {
    JavaClasses classes = PackageCycles.mainClasses();
    assertThat(PackageCycles.packages(classes)).contains("org.coreset4j", "org.coreset4j.selection",
        "org.coreset4j.io.parquet", "org.coreset4j.nn", "org.coreset4j.evaluation",
        "org.coreset4j.distill", "org.coreset4j.scenes", "org.coreset4j.embed",
        "org.coreset4j.report", "org.coreset4j.demo", "org.coreset4j.cli");
    PackageCycles.rule().check(classes);
  }
}
