package org.coreset4j.cli;

import java.util.Collection;
import java.util.stream.Collectors;
import org.coreset4j.params.Param;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SideInput;

/**
 * The method reference, written from the registry's descriptors: as text for {@code coreset
 * methods} and as Markdown for docs/METHODS.md (a test keeps that file equal to this output).
 */
final class MethodsReference {
  private MethodsReference() {}

  static String text(Collection<MethodDescriptor> methods) {
    StringBuilder b = new StringBuilder();
    for (MethodDescriptor m : methods) {
      b.append(m.name()).append(": ").append(m.summary()).append('\n');
      b.append("  source: ").append(m.source()).append('\n');
      for (SideInput s : m.sideInputs().stream().sorted().toList()) {
        b.append(m.requires(s) ? "  needs:  " : "  reads:  ").append(s.option()).append(", ").append(s.description())
            .append(m.requires(s) ? "" : " (optional)").append('\n');
      }
      for (SideInput s : m.optionalInputs()) {
        b.append("  reads:  ").append(s.option()).append(" when given, ").append(s.description()).append('\n');
      }
      b.append("  spark:  ").append(spark(m.distribution())).append('\n');
      for (Param p : m.params()) {
        String option = option(p);
        String gap = option.length() > 32 ? "\n" + " ".repeat(35) : " ".repeat(33 - option.length());
        b.append("  ").append(option).append(gap).append(p.description()).append(" (default ")
            .append(p.defaultShown()).append(p.rule().isEmpty() ? "" : "; " + p.rule()).append(")\n");
      }
      b.append('\n');
    }
    return b.toString();
  }

  static String markdown(Collection<MethodDescriptor> methods) {
    StringBuilder b = new StringBuilder("# Methods\n\n"
        + "Generated from the method descriptors by `coreset methods --markdown`; a test fails when this file\n"
        + "differs from the code. Every option below is an option of `coreset select` (and, for the methods\n"
        + "that run on Spark, of `coreset spark-select`); an option the chosen method does not take is an\n"
        + "error. Exact definitions are in ALGORITHMS.md.\n\n"
        + "| method | what it does | source | side inputs | Spark |\n|---|---|---|---|---|\n");
    for (MethodDescriptor m : methods) {
      b.append("| [`").append(m.name()).append("`](#").append(m.name()).append(") | ").append(m.summary())
          .append(" | ").append(m.source()).append(" | ")
          .append(sideInputs(m))
          .append(" | ").append(spark(m.distribution())).append(" |\n");
    }
    for (MethodDescriptor m : methods) {
      b.append("\n## ").append(m.name()).append("\n\n").append(m.summary()).append(". Source: ")
          .append(m.source()).append(".\n");
      if (m.params().isEmpty()) {
        b.append("\nNo options.\n");
        continue;
      }
      b.append("\n| option | values | default | meaning |\n|---|---|---|---|\n");
      for (Param p : m.params()) {
        b.append("| `").append(option(p)).append("` | ").append(values(p)).append(" | ").append(p.defaultShown())
            .append(" | ").append(p.description()).append(" |\n");
      }
    }
    return b.toString();
  }

  /** "`--pair`" for a needed side input, "`--pair` (optional)" for one read when given. */
  private static String sideInputs(MethodDescriptor m) {
    return m.sideInputs().stream().map(s -> "`" + s.option() + "`" + (m.requires(s) ? "" : " (optional)"))
        .sorted().collect(Collectors.joining(" "));
  }

  /** "--similarity (or --kernel)". */
  private static String option(Param p) {
    String aka = p.aliases().isEmpty() ? "" : " (or --" + String.join(", --", p.aliases()) + ")";
    return "--" + p.name() + " " + p.label() + aka;
  }

  private static String values(Param p) {
    return switch (p.kind()) {
      case CHOICE -> String.join(", ", p.choices());
      case INTEGER -> "integer" + (p.rule().isEmpty() ? "" : ", " + p.rule());
      case NUMBER -> "number" + (p.rule().isEmpty() ? "" : ", " + p.rule());
      case TEXT -> p.rule();
    };
  }

  private static String spark(Distribution d) {
    return d == Distribution.NONE ? "no" : d.description();
  }
}
