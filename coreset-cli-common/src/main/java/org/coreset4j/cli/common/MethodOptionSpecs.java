package org.coreset4j.cli.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The method options of a command, made from the registry's descriptors: one {@code --NAME} per
 * parameter name or older name of any of the given methods, its help saying which methods take it,
 * what it means and its default. The chosen method then checks that it takes every option given.
 */
public final class MethodOptionSpecs {
  private MethodOptionSpecs() {}

  /** Every registered method's name, for {@code completionCandidates} of {@code --method}. */
  public static final class AllMethods implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Selectors.names().iterator();
    }
  }

  /** Adds the options of {@code methods} to {@code command}; methods that agree share one help line. */
  public static void addTo(CommandSpec command, Collection<MethodDescriptor> methods) {
    Map<String, Map<String, List<String>>> help = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (MethodDescriptor m : methods) {
      for (Param p : m.params()) {
        add(help, labels, p.name(), p.label(), describe(p), m.name());
        p.aliases().forEach(a -> add(help, labels, a, p.label(), "older name of --" + p.name(), m.name()));
      }
    }
    help.forEach((name, lines) -> command.addOption(OptionSpec.builder("--" + name)
        .type(String.class).paramLabel(labels.get(name))
        .description(lines.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
            .toArray(String[]::new))
        .build()));
  }

  private static void add(Map<String, Map<String, List<String>>> help, Map<String, String> labels, String option,
      String label, String text, String method) {
    help.computeIfAbsent(option, k -> new LinkedHashMap<>()).computeIfAbsent(text, k -> new ArrayList<>()).add(method);
    labels.merge(option, label, (a, b) -> a.equals(b) ? a : "VALUE");
  }

  /** The method options given on the command line, by the name typed (without dashes). */
  public static MethodOptions given(CommandSpec command, Collection<MethodDescriptor> methods) {
    Map<String, String> values = new LinkedHashMap<>();
    for (MethodDescriptor m : methods) {
      for (Param p : m.params()) {
        read(command, p.name(), values);
        p.aliases().forEach(a -> read(command, a, values));
      }
    }
    return new MethodOptions(values);
  }

  private static void read(CommandSpec command, String name, Map<String, String> values) {
    OptionSpec o = command.findOption("--" + name);
    if (o != null && o.getValue() != null) {
      values.put(name, o.getValue());
    }
  }

  /** "number of bins (default 20; >= 1, <= N)". */
  static String describe(Param p) {
    String rule = p.rule().isEmpty() ? "" : "; " + p.rule();
    return p.description() + " (default " + p.defaultShown() + rule + ")";
  }
}
