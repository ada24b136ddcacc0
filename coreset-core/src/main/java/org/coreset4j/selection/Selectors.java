package org.coreset4j.selection;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coreset4j.InvalidInputException;
import org.coreset4j.selection.herding.HerdingSelector;
import org.coreset4j.selection.kcenter.KCenterSelector;

/** The registry: maps each method name of the command line to a factory of its selector. */
public final class Selectors {
  private static final Map<String, Function<MethodOptions, Selector>> FACTORIES = new TreeMap<>();

  static {
    register("random", o -> new RandomSelector());
    register("kcenter", KCenterSelector::new);
    register("herding", o -> new HerdingSelector());
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
