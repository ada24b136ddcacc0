package org.coreset4j.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.util.InvalidInputException;

/**
 * Everything said once about a method: its name on the command line, a one-line summary, its source
 * (paper or library), its parameters, the side inputs it reads and how it runs on Spark.
 *
 * @param sideInputs every side input the method reads, required or not; giving it one outside this
 *     set is bad input
 * @param optionalInputs those of {@code sideInputs} the method reads when given and does without
 *     otherwise (for example {@code vas} without {@code --target} uses the data's own moments)
 */
public record MethodDescriptor(String name, String summary, String source, List<Param> params,
    Set<SideInput> sideInputs, Set<SideInput> optionalInputs, Distribution distribution) {
  public MethodDescriptor {
    params = List.copyOf(params);
    sideInputs = Set.copyOf(sideInputs);
    optionalInputs = Set.copyOf(optionalInputs);
    if (!sideInputs.containsAll(optionalInputs)) {
      throw new IllegalArgumentException(name + ": optional inputs " + optionalInputs + " not among " + sideInputs);
    }
  }

  /** A method without side inputs that runs locally only. */
  public static MethodDescriptor of(String name, String summary, String source, List<Param> params) {
    return new MethodDescriptor(name, summary, source, params, Set.of(), Set.of(), Distribution.NONE);
  }

  /** This method, requiring {@code inputs} (besides any optional ones already declared). */
  public MethodDescriptor needs(SideInput... inputs) {
    return new MethodDescriptor(name, summary, source, params, union(sideInputs, inputs), optionalInputs,
        distribution);
  }

  /** This method, reading {@code inputs} when they are given and doing without them otherwise. */
  public MethodDescriptor readsIfGiven(SideInput... inputs) {
    Set<SideInput> optional = union(optionalInputs, inputs);
    return new MethodDescriptor(name, summary, source, params, union(sideInputs, inputs), optional, distribution);
  }

  /** Whether the method cannot run without {@code input}. */
  public boolean requires(SideInput input) {
    return sideInputs.contains(input) && !optionalInputs.contains(input);
  }

  public MethodDescriptor distributed(Distribution how) {
    return new MethodDescriptor(name, summary, source, params, sideInputs, optionalInputs, how);
  }

  /**
   * Whether a run with these method options reads {@code input}: it requires it, or reads it when
   * given and the method option that supplies it is among {@code options} (as {@code --pair}
   * supplies dq's modalities; inputs given as files, such as {@code --target}, are read when given).
   */
  public boolean reads(SideInput input, MethodOptions options) {
    return requires(input)
        || optionalInputs.contains(input) && options.names().contains(input.option().substring(2));
  }

  private static Set<SideInput> union(Set<SideInput> a, SideInput... b) {
    java.util.EnumSet<SideInput> u = java.util.EnumSet.noneOf(SideInput.class);
    u.addAll(a);
    u.addAll(List.of(b));
    return u;
  }

  /** The parameter called {@code option} or accepted under that name. */
  public Optional<Param> param(String option) {
    return params.stream().filter(p -> p.name().equals(option) || p.aliases().contains(option)).findFirst();
  }

  /**
   * The given options under their parameters' own names. An option this method does not take, or
   * one given twice under two names, is bad input naming it and listing the method's options.
   */
  public MethodOptions canonical(MethodOptions given) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> typedAs = new LinkedHashMap<>();
    given.asMap().forEach((option, value) -> {
      Param p = param(option).orElseThrow(() -> new InvalidInputException(
          "--" + option + " is not an option of --method " + name + "; " + optionList()));
      if (out.put(p.name(), value) != null) {
        throw new InvalidInputException("--" + option + " repeats --" + p.name() + " for --method " + name);
      }
      if (!option.equals(p.name())) {
        typedAs.put(p.name(), option);
      }
    });
    return new MethodOptions(out, typedAs);
  }

  /** Every parameter's effective value: the given one, else its default (derived ones are left out). */
  public Map<String, String> effective(MethodOptions canonical) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Param p : params) {
      String v = canonical.asMap().getOrDefault(p.name(), p.defaultValue());
      if (v != null) {
        out.put(p.name(), v);
      }
    }
    return out;
  }

  /** "dq takes --bins, --similarity (or --kernel), --lambda", or "dq takes no options". */
  public String optionList() {
    if (params.isEmpty()) {
      return name + " takes no options";
    }
    List<String> names = new ArrayList<>();
    for (Param p : params) {
      String aka = p.aliases().isEmpty() ? "" : " (or --" + String.join(", --", p.aliases()) + ")";
      names.add("--" + p.name() + aka);
    }
    return name + " takes " + String.join(", ", names);
  }
}
