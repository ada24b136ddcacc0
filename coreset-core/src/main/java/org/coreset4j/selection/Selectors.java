package org.coreset4j.selection;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coreset4j.InvalidInputException;
import org.coreset4j.selection.herding.HerdingSelector;
import org.coreset4j.selection.kcenter.KCenterSelector;
import org.coreset4j.selection.scores.ClipScoreSelector;
import org.coreset4j.selection.scores.ForgettingSelector;
import org.coreset4j.selection.scores.ScoreWindowSelector;
import org.coreset4j.submodular.FacilityLocationSelector;
import org.coreset4j.submodular.GraphCutSelector;
import org.coreset4j.submodular.LogDetSelector;

/** The registry: maps each method name of the command line to a factory of its selector. */
public final class Selectors {
  private static final Map<String, Function<MethodOptions, Selector>> FACTORIES = new TreeMap<>();

  static {
    register("random", o -> new RandomSelector());
    register("kcenter", KCenterSelector::new);
    register("herding", o -> new HerdingSelector());
    register("forgetting", o -> new ForgettingSelector());
    register("score", ScoreWindowSelector::new);
    register("clipscore", ClipScoreSelector::new);
    register("facility-location", FacilityLocationSelector::new);
    register("graphcut", GraphCutSelector::new);
    register("logdet", LogDetSelector::new);
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
