package org.coreset4j.selection;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coreset4j.InvalidInputException;

/** The registry: maps each method name of the command line to a factory of its selector. */
public final class Selectors {
  private static final Map<String, Function<MethodOptions, Selector>> FACTORIES = new TreeMap<>();

  static {
    register("random", o -> new RandomSelector());
    register("coincide", o -> new org.coreset4j.selection.coincide.CoincideSelector(org.coreset4j.selection.coincide.CoincideParams.from(o)));
    register("semdedup", o -> new org.coreset4j.selection.semdedup.SemDeDupSelector(org.coreset4j.selection.semdedup.SemDeDupParams.from(o)));
    register("selfsup", o -> new org.coreset4j.selection.selfsup.SelfSupSelector(org.coreset4j.selection.selfsup.SelfSupParams.from(o)));
    register("d2", o -> new org.coreset4j.selection.d2.D2Selector(org.coreset4j.selection.d2.D2Params.from(o)));
    register("ccs", o -> new org.coreset4j.selection.ccs.CcsSelector(org.coreset4j.selection.ccs.CcsParams.from(o)));
  }

  private Selectors() {}

  private static void register(String name, Function<MethodOptions, Selector> factory) {
    FACTORIES.put(name, factory);
  }

  public static java.util.Set<String> names() {
    return FACTORIES.keySet();
  }

  /** The selector for {@code method}, configured from {@code options}. */
  public static Selector create(String method, MethodOptions options) {
    Function<MethodOptions, Selector> f = FACTORIES.get(method);
    if (f == null) {
      throw new InvalidInputException(
          "--method " + method + " is not one of " + String.join("|", FACTORIES.keySet()));
    }
    return f.apply(options);
  }
}
