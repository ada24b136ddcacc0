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
 * (paper or library), its parameters, the side inputs it needs, those it reads only when their
 * option is given, and how it runs on Spark.
 */
public record MethodDescriptor(String name, String summary, String source, List<Param> params,
    Set<SideInput> sideInputs, Set<SideInput> optionalInputs, Distribution distribution) {
  public MethodDescriptor {
    params = List.copyOf(params);
    sideInputs = Set.copyOf(sideInputs);
    optionalInputs = Set.copyOf(optionalInputs);
  }

  /** A method without side inputs that runs locally only. */
  public static MethodDescriptor of(String name, String summary, String source, List<Param> params) {
    return new MethodDescriptor(name, summary, source, params, Set.of(), Set.of(), Distribution.NONE);
  }

  public MethodDescriptor needs(SideInput... inputs) {
    return new MethodDescriptor(name, summary, source, params, Set.of(inputs), optionalInputs, distribution);
  }

  /**
   * Side inputs supplied by one of this method's own options (as {@code --pair} supplies
   * {@link SideInput#MODALITIES}) and read only when that option is given.
   */
  public MethodDescriptor readsWhenGiven(SideInput... inputs) {
    return new MethodDescriptor(name, summary, source, params, sideInputs, Set.of(inputs), distribution);
  }

  public MethodDescriptor distributed(Distribution how) {
    return new MethodDescriptor(name, summary, source, params, sideInputs, optionalInputs, how);
  }

  /** Whether a run with these options reads {@code input}: it needs it, or its option is given. */
  public boolean reads(SideInput input, MethodOptions options) {
    return sideInputs.contains(input)
        || optionalInputs.contains(input) && options.names().contains(input.option().substring(2));
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
