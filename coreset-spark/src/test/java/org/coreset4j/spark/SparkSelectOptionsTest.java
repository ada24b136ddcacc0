package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;
import picocli.CommandLine;

/** spark-select's options come from the registry and keep every name docs/CLI.md gives them. */
class SparkSelectOptionsTest {
  @org.junit.jupiter.api.Test
  void everyOptionOfItsSectionInTheCliDocExists() throws Exception {
    Set<String> options = new TreeSet<>();
    SparkSelect.commandLine().getCommandSpec().options().forEach(o -> options.addAll(Set.of(o.names())));
    String doc = Files.readString(Path.of("..", "docs", "CLI.md"));
    int start = doc.indexOf("## coreset spark-select");
    Matcher m = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*")
        .matcher(doc.substring(start, doc.indexOf("\n## ", start + 1)));
    Set<String> missing = new TreeSet<>();
    while (m.find()) {
      if (!options.contains(m.group())) {
        missing.add(m.group());
      }
    }
    assertThat(missing).isEmpty();
    for (MethodDescriptor d : SparkCoresets.methods()) {
      for (Param p : d.params()) {
        assertThat(options).contains("--" + p.name());
      }
    }
    assertThat(SparkCoresets.methods()).isEqualTo(Selectors.descriptors());
  }

  @org.junit.jupiter.api.Test
  void anOptionOfAnotherMethodIsBadInputBeforeSparkStarts() {
    CommandLine cl = SparkSelect.commandLine();
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err, true));
    int code = cl.execute("--parquet", "none.parquet", "--column", "x", "--method", "dq", "--clusters", "9",
        "--fraction", "0.1", "--out", "never-written");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--clusters is not an option of --method dq");
    assertThat(Path.of("never-written")).doesNotExist();
  }
}
