package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code coreset methods}, the generated reference and the option names the docs promise. */
class MethodsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void listsEveryMethodWithEveryParameterAndItsDefault() {
    assertThat(run("methods")).isZero();
    for (MethodDescriptor m : Selectors.descriptors()) {
      assertThat(out.toString()).contains(m.name() + ": " + m.summary(), m.source());
      for (Param p : m.params()) {
        assertThat(out.toString()).contains("--" + p.name() + " " + p.label(), "default " + p.defaultShown());
      }
    }
  }

  @Test
  void oneMethodOrABadName() {
    assertThat(run("methods", "kcenter")).isZero();
    assertThat(out.toString()).startsWith("kcenter: ").contains("--similarity sqeuclidean|cosine (or --metric)")
        .doesNotContain("dq: ");
    assertThat(run("methods", "magic")).isEqualTo(2);
    assertThat(err.toString()).contains("--method magic is not one of");
  }

  @Test
  void theCommittedReferenceIsTheGeneratedOne() throws Exception {
    String committed = Files.readString(Path.of("..", "docs", "METHODS.md"));
    assertThat(committed).as("docs/METHODS.md is stale: run './coreset methods --markdown > docs/METHODS.md'")
        .isEqualTo(MethodsReference.markdown(Selectors.descriptors()));
  }

  @Test
  void everyOptionTheCliDocNamesExists() throws Exception {
    Set<String> options = new TreeSet<>();
    collect(Main.commandLine(), options);
    Set<String> missing = new TreeSet<>();
    String doc = Files.readString(Path.of("..", "docs", "CLI.md"));
    String spark = "## coreset spark-select";
    int end = doc.indexOf("\n## ", doc.indexOf(spark) + 1);
    doc = doc.substring(0, doc.indexOf(spark)) + doc.substring(end); // coreset-spark checks that section
    Matcher m = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*").matcher(doc);
    while (m.find()) {
      if (!options.contains(m.group())) {
        missing.add(m.group());
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void collect(CommandLine cl, Set<String> options) {
    cl.getCommandSpec().options().forEach(o -> options.addAll(Set.of(o.names())));
    cl.getSubcommands().values().forEach(sub -> collect(sub, options));
  }
}
